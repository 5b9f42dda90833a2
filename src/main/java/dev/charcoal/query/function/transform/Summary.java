package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/**
 * graphite-web's {@code _summarizeValues}, shared by summarize and smartSummarize: buckets of
 * {@code interval} seconds from {@code newStart} while before {@code newEnd}; each bucket is the
 * aggregate of the points whose time falls in it, or null when too few of them have values for the
 * series' xFilesFactor (counted against interval / step expected points).
 *
 * @param values one per bucket
 * @param integers which are Python ints
 * @param end the time after the last bucket (graphite-web's aligned end)
 */
record Summary(double[] values, BitSet integers, long end) {
  /** More buckets than this are refused, rather than filling memory. */
  static final long MAX_BUCKETS = 10_000_000;

  static Summary of(TimeSeries series, AggFunc func, long interval, long newStart, long newEnd)
      throws EvalException {
    long buckets = count(newEnd - newStart, interval);
    if (buckets > MAX_BUCKETS) {
      throw new EvalException(
          "summarizing into %d buckets of %d s; at most %d"
              .formatted(buckets, interval, MAX_BUCKETS));
    }
    Results.Values in = Results.read(series);
    double[] points = in.values();
    long step = series.step();
    long timestamps = count(series.end() - series.start(), step);
    int numPoints = (int) Math.min(timestamps, points.length);
    double intervalPoints = (double) interval / step;
    double[] values = new double[(int) buckets];
    BitSet ints = new BitSet();
    int i = 0;
    long bucketStart = newStart;
    for (int b = 0; b < buckets; b++) {
      int first = i;
      int nonNull = 0;
      while (i < numPoints && series.start() + i * step < bucketStart + interval) {
        long t = series.start() + i * step;
        if (t <= bucketStart) {
          first = i;
        }
        if (t >= bucketStart && !Double.isNaN(points[i])) {
          nonNull++;
        }
        i++;
      }
      if (nonNull > 0 && nonNull / intervalPoints >= series.xFilesFactor()) {
        values[b] = Aggregate.value(func, points, first, i);
        ints.set(b, Aggregate.isInt(func, values[b], points, in.integers(), first, i));
      } else {
        values[b] = Double.NaN;
      }
      bucketStart += interval;
    }
    return new Summary(values, ints, bucketStart);
  }

  /** Python's {@code len(range(0, span, step))}: ceil(span / step), 0 when span is not positive. */
  static long count(long span, long step) {
    return span > 0 ? -Math.floorDiv(-span, step) : 0;
  }
}
