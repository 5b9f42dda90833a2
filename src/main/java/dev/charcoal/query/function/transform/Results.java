package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;
import java.util.Map;

/**
 * The two ways graphite-web's transforms hand back a series, reproduced on immutable {@link
 * TimeSeries}.
 *
 * <p><b>In place</b> ({@code for i, v in enumerate(series): series[i] = ...}): the loop reads the
 * series as Python iterates it, consolidated {@code valuesPerPoint} at a time, but writes raw
 * positions from index 0, so a consolidated input keeps its raw tail and its {@code
 * valuesPerPoint}. <b>Copy</b> ({@code series.copy(name=..., values=...)}): a fresh series that
 * shares the input's tags, takes the new name as its path expression and drops {@code
 * valuesPerPoint} and options.
 */
final class Results {
  private Results() {}

  /**
   * The values as graphite-web's loops read them, and which of them are Python ints: the raw ones
   * when not consolidated; consolidated values count as floats.
   */
  static Values read(TimeSeries series) {
    if (series.valuesPerPoint() <= 1) {
      return new Values(series.values(), series.integers());
    }
    return new Values(SeriesLists.iterate(series), new BitSet());
  }

  /** Values with their int marks. */
  record Values(double[] values, BitSet integers) {
    int size() {
      return values.length;
    }

    boolean isInteger(int i) {
      return integers.get(i);
    }
  }

  /**
   * The series after an in-place loop wrote {@code written} over its first positions (all of them,
   * unless the loop read it consolidated), renamed with its path expression as most transforms do.
   */
  static TimeSeries inPlace(TimeSeries series, String name, double[] written, BitSet writtenInts) {
    double[] values = written;
    BitSet ints = writtenInts;
    if (written.length < series.size()) {
      values = series.values().clone();
      System.arraycopy(written, 0, values, 0, written.length);
      ints = (BitSet) series.integers().clone();
      ints.clear(0, written.length);
      ints.or(writtenInts);
    }
    return series.withValues(values, ints).withName(name).withPathExpression(name);
  }

  /**
   * graphite-web's {@code series.extend(values); del series[:len(values)]}, which isNonNull and
   * transformNull use: the last {@code len(series)} of the raw values followed by the new ones.
   */
  static TimeSeries replaced(TimeSeries series, String name, double[] newValues, BitSet newInts) {
    double[] raw = series.values();
    int n = raw.length;
    int from = newValues.length; // index into raw ++ newValues
    double[] values = new double[n];
    BitSet ints = new BitSet();
    for (int i = 0; i < n; i++) {
      int k = from + i;
      if (k < n) {
        values[i] = raw[k];
        ints.set(i, series.isInteger(k));
      } else {
        values[i] = newValues[k - n];
        ints.set(i, newInts.get(k - n));
      }
    }
    return series.withValues(values, ints).withName(name).withPathExpression(name);
  }

  /** The series moved to another start and end ({@code series.start = ...}), values untouched. */
  static TimeSeries retimed(TimeSeries series, long start, long end) {
    return new TimeSeries(
        series.name(),
        series.pathExpression(),
        series.tags(),
        start,
        end,
        series.step(),
        series.values(),
        series.integers(),
        series.consolidationFunc(),
        series.valuesPerPoint(),
        series.xFilesFactor(),
        series.options());
  }

  /** {@code series.copy(name=name, values=values)}. */
  static TimeSeries copy(TimeSeries series, String name, double[] values, BitSet ints) {
    return copy(series, name, series.start(), series.end(), series.step(), values, ints);
  }

  /** {@code series.copy(name=..., start=..., end=..., step=..., values=...)}. */
  static TimeSeries copy(
      TimeSeries series,
      String name,
      long start,
      long end,
      long step,
      double[] values,
      BitSet ints) {
    return new TimeSeries(
        name,
        name,
        series.tags(),
        start,
        end,
        step,
        values,
        ints,
        series.consolidationFunc(),
        1,
        series.xFilesFactor(),
        Map.of());
  }
}
