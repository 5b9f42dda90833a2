package dev.charcoal.ui.tiles;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.chart.Consolidation;
import dev.charcoal.ui.time.TimeWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A wall's refresh, run on the background executor. Each target is evaluated on its own and its
 * reading goes to the tile at the same position: Tasseo sends one request and matches the answers
 * back by the series name, which breaks as soon as the name differs from the target (its {@code
 * padnulls=false} mode, any alias function). A target that fails marks its tile only.
 */
public final class TileQuery {
  private TileQuery() {}

  /**
   * Readings for {@code tiles}, in their order.
   *
   * @param sparkPoints the sparkline's width in pixels: series are consolidated to it
   */
  public static List<TileReading> run(
      Backend backend, List<TileSpec> tiles, TimeWindow window, int sparkPoints) {
    Map<String, TileReading> byTarget = new HashMap<>(); // a target on two tiles is asked once
    List<TileReading> readings = new ArrayList<>(tiles.size());
    for (TileSpec tile : tiles) {
      readings.add(
          byTarget.computeIfAbsent(tile.target(), t -> read(backend, t, window, sparkPoints)));
    }
    return readings;
  }

  private static TileReading read(
      Backend backend, String target, TimeWindow window, int sparkPoints) {
    List<TimeSeries> series;
    try {
      series =
          backend.evaluate(List.of(target), window.fromSecond(), window.untilSecond(), sparkPoints);
    } catch (BackendException | RuntimeException e) {
      return TileReading.failed(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    if (series.isEmpty()) {
      return TileReading.EMPTY;
    }
    return reading(series.get(0), series.size(), sparkPoints);
  }

  /** The reading of one series: its last present value and its sparkline. */
  static TileReading reading(TimeSeries series, int seriesCount, int sparkPoints) {
    double[] values = series.values();
    double last = Double.NaN;
    for (int i = values.length - 1; i >= 0 && Double.isNaN(last); i--) {
      last = values[i];
    }
    int perPoint = Consolidation.valuesPerPoint(values.length, Math.max(1, sparkPoints));
    // xFilesFactor 0: a sparkline shows whatever there is
    double[] spark =
        perPoint > 1
            ? Consolidation.consolidate(values, perPoint, series.consolidationFunc(), 0)
            : values.clone();
    double min = Double.NaN;
    double max = Double.NaN;
    for (double v : spark) {
      if (Double.isFinite(v)) {
        min = Double.isNaN(min) ? v : Math.min(min, v);
        max = Double.isNaN(max) ? v : Math.max(max, v);
      }
    }
    return new TileReading(last, spark, min, max, seriesCount, "");
  }
}
