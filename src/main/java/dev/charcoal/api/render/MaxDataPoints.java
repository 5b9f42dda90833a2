package dev.charcoal.api.render;

import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * graphite-web's {@code maxDataPoints} consolidation in {@code renderViewJson}: each series gets
 * enough values per point to fit, and its start is nudged so that the buckets fall on multiples of
 * the consolidated step, which keeps them still between refreshes.
 */
final class MaxDataPoints {
  private MaxDataPoints() {}

  /**
   * The series as graphite-web leaves them before printing, for {@code maxDataPoints} ≥ 1.
   *
   * @param timeRange the latest end minus the earliest start over all series
   */
  static List<TimeSeries> apply(List<TimeSeries> series, long maxDataPoints, long timeRange) {
    List<TimeSeries> out = new ArrayList<>(series.size());
    for (TimeSeries s : series) {
      out.add(apply(s, maxDataPoints, timeRange));
    }
    return out;
  }

  private static TimeSeries apply(TimeSeries series, long maxDataPoints, long timeRange) {
    if (maxDataPoints == 1) {
      // The whole series becomes one point (an empty one stays empty rather than failing).
      return series.withValuesPerPoint(Math.max(1, series.size()));
    }
    long step = series.step();
    double numberOfDataPoints = (double) timeRange / step;
    if (!(maxDataPoints < numberOfDataPoints)) {
      return series;
    }
    long valuesPerPoint = (long) Math.ceil(numberOfDataPoints / maxDataPoints);
    long secondsPerPoint = valuesPerPoint * step;
    long start = series.start();
    long nudge =
        secondsPerPoint + Math.floorMod(start, step) - Math.floorMod(start, secondsPerPoint);
    // Python deletes the first int(nudge / step) - 1 values; an int() of a float division.
    int valuesToLose = (int) Math.max(0, (long) ((double) nudge / step) - 1);
    valuesToLose = Math.min(valuesToLose, series.size());
    double[] values = Arrays.copyOfRange(series.values(), valuesToLose, series.size());
    BitSet ints = series.integers().get(valuesToLose, Math.max(valuesToLose, series.size()));
    return new TimeSeries(
        series.name(),
        series.pathExpression(),
        series.tags(),
        start + nudge,
        series.end(),
        step,
        values,
        ints,
        series.consolidationFunc(),
        (int) Math.min(Integer.MAX_VALUE, valuesPerPoint),
        series.xFilesFactor(),
        series.options());
  }
}
