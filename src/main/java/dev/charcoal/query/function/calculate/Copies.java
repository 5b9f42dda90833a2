package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;
import java.util.Map;

/**
 * graphite-web's {@code TimeSeries.copy(...)} and {@code TimeSeries(name, start, end, step, values,
 * tags=...)}: a new series whose path expression is its new name, with {@code valuesPerPoint} 1 and
 * no options (a copy does not carry them).
 */
final class Copies {
  private Copies() {}

  /** {@code series.copy(name=..., start=..., values=...)}: consolidation and xff carried over. */
  static TimeSeries copy(
      TimeSeries series,
      String name,
      Map<String, String> tags,
      long start,
      double[] values,
      BitSet integers) {
    return new TimeSeries(
        name,
        name,
        tags,
        start,
        series.end(),
        series.step(),
        values,
        integers,
        series.consolidationFunc(),
        1,
        series.xFilesFactor(),
        Map.of());
  }

  /**
   * {@code TimeSeries(name, start, end, step, values, tags=tags, xFilesFactor=...)}: a new series
   * consolidated by {@code average}.
   */
  static TimeSeries build(
      String name,
      Map<String, String> tags,
      long start,
      long end,
      long step,
      double[] values,
      BitSet integers,
      double xFilesFactor) {
    return new TimeSeries(
        name, name, tags, start, end, step, values, integers, "average", 1, xFilesFactor, Map.of());
  }
}
