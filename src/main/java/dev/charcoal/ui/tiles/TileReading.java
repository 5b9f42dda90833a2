package dev.charcoal.ui.tiles;

import java.util.Objects;

/**
 * What one refresh found for one tile, made in the background and only read on the FX thread.
 *
 * @param value the current value: the last one present in the period, NaN when there is none
 * @param spark the series consolidated to the sparkline's width, NaN in gaps
 * @param min the smallest value in {@code spark}, NaN if none
 * @param max the largest value in {@code spark}, NaN if none
 * @param seriesCount how many series the target gave (the tile shows the first)
 * @param error why the target failed, or {@code ""}
 */
public record TileReading(
    double value, double[] spark, double min, double max, int seriesCount, String error) {
  /** A target that gave no series. */
  public static final TileReading EMPTY =
      new TileReading(Double.NaN, new double[0], Double.NaN, Double.NaN, 0, "");

  public TileReading {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(error, "error");
  }

  /** A target that failed with {@code message}. */
  public static TileReading failed(String message) {
    return new TileReading(Double.NaN, new double[0], Double.NaN, Double.NaN, 0, message);
  }

  /** Whether there is a value to show. */
  public boolean hasValue() {
    return !Double.isNaN(value);
  }
}
