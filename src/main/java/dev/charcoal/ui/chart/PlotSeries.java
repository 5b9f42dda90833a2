package dev.charcoal.ui.chart;

import java.util.Objects;

/**
 * One series ready to draw: consolidated to the pane's width, values at {@code startMillis + i ×
 * stepMillis}, NaN where there is no value (the line breaks there). Built off the FX thread and
 * never changed afterwards.
 *
 * @param key identifies the series across refreshes (its position and name), for legend toggles
 * @param name the legend text (graphite's series name)
 * @param values the values to draw
 * @param base for an {@link SeriesStyle.Kind#AREA area}, the lower edge at each point (the series
 *     below it in the stack, or 0); null otherwise
 * @param min the smallest finite value drawn (values and base), NaN if none
 * @param max the largest finite value drawn, NaN if none
 */
public record PlotSeries(
    String key,
    String name,
    SeriesStyle style,
    long startMillis,
    long stepMillis,
    double[] values,
    double[] base,
    double min,
    double max) {

  public PlotSeries {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(values, "values");
    if (stepMillis <= 0) {
      throw new IllegalArgumentException("step must be positive: " + stepMillis);
    }
    if (base != null && base.length != values.length) {
      throw new IllegalArgumentException("base and values differ in length");
    }
  }

  /** The number of points. */
  public int size() {
    return values.length;
  }

  /** The time of point {@code i}, epoch milliseconds. */
  public long timeAt(int i) {
    return startMillis + i * stepMillis;
  }

  /**
   * The value shown under a cursor at {@code millis}: the point whose interval holds it, NaN
   * outside the series or in a gap.
   */
  public double valueAt(double millis) {
    if (Double.isNaN(millis) || millis < startMillis) {
      return Double.NaN;
    }
    long i = (long) ((millis - startMillis) / stepMillis);
    return i < values.length ? values[(int) i] : Double.NaN;
  }

  /** The last value that is not NaN, or NaN. */
  public double lastValue() {
    for (int i = values.length - 1; i >= 0; i--) {
      if (!Double.isNaN(values[i])) {
        return values[i];
      }
    }
    return Double.NaN;
  }
}
