package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.Arrays;

/**
 * An {@link AggFunc} applied to a range of values as graphite-web's Python applies it (safe.py),
 * with the type of the result: {@code sum}, {@code min}, {@code max}, {@code last}, {@code diff},
 * an odd-sized {@code median} and {@code count} of Python ints are ints, which JSON prints without
 * {@code .0} ({@code movingSum(isNonNull(x),5)} gives {@code 5}). Sums run left to right from
 * Python's {@code 0}; {@code min}/{@code max} keep the first of equal values and {@code median}
 * picks as Python's stable sort does, so {@code -0.0} and {@code 0.0}, or {@code 5} and {@code
 * 5.0}, come out as graphite-web's.
 *
 * <p>One instance per loop: it keeps a sort buffer and the last result's type, so a moving window
 * over thousands of points allocates nothing per point. Not thread-safe.
 */
final class PythonAggregator {
  private final AggFunc func;
  private double[] sorted = new double[0];
  private boolean integer;

  PythonAggregator(AggFunc func) {
    this.func = func;
  }

  /**
   * Which of the values graphite-web iterates over are Python ints; null when none is. A series
   * consolidated for iteration (valuesPerPoint > 1) counts as all floats.
   */
  static boolean[] ints(TimeSeries series) {
    if (series.integers().isEmpty() || series.valuesPerPoint() > 1) {
      return null;
    }
    boolean[] ints = new boolean[series.size()];
    for (int i = series.integers().nextSetBit(0); i >= 0; i = series.integers().nextSetBit(i + 1)) {
      ints[i] = true;
    }
    return ints;
  }

  /** Whether the last result is a Python int. */
  boolean integer() {
    return integer;
  }

  /**
   * Aggregates {@code values[from, to)}, NaN standing for None.
   *
   * @param ints which values are Python ints; null when none is
   * @return the result, NaN for None
   * @throws EvalException where Python raises ({@code multiply} of nothing)
   */
  double apply(double[] values, boolean[] ints, int from, int to) throws EvalException {
    integer = false;
    return switch (func) {
      case AVERAGE -> average(values, from, to);
      case AVG_ZERO -> averageZero(values, from, to);
      case MEDIAN -> median(values, ints, from, to);
      case SUM -> sum(values, ints, from, to, false);
      case DIFF -> sum(values, ints, from, to, true);
      case MIN, MAX -> extreme(values, ints, from, to, func == AggFunc.MAX);
      case STDDEV -> stddev(values, from, to);
      case COUNT -> count(values, from, to);
      case RANGE -> range(values, from, to);
      case MULTIPLY -> multiply(values, from, to);
      case LAST -> last(values, ints, from, to);
    };
  }

  private static double average(double[] values, int from, int to) {
    double sum = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        sum += values[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double averageZero(double[] values, int from, int to) {
    if (to == from) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Double.isNaN(values[i]) ? 0 : values[i];
    }
    return sum / (to - from);
  }

  /** safeSum, or safeDiff: {@code sum([first, -second, -third...])}. */
  private double sum(double[] values, boolean[] ints, int from, int to, boolean diff) {
    double sum = 0;
    boolean any = false;
    boolean allInts = true;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        sum += diff && any ? -values[i] : values[i];
        any = true;
        allInts &= ints != null && ints[i];
      }
    }
    integer = any && allInts;
    return any ? sum : Double.NaN;
  }

  private double extreme(double[] values, boolean[] ints, int from, int to, boolean max) {
    int best = -1;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (!Double.isNaN(v) && (best < 0 || (max ? v > values[best] : v < values[best]))) {
        best = i;
      }
    }
    return pick(values, ints, best);
  }

  private double last(double[] values, boolean[] ints, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Double.isNaN(values[i])) {
        return pick(values, ints, i);
      }
    }
    return Double.NaN;
  }

  private double median(double[] values, boolean[] ints, int from, int to) {
    int n = sortNonNull(values, from, to);
    if (n == 0) {
      return Double.NaN;
    }
    int mid = n / 2;
    if (n % 2 == 1) {
      return pick(values, ints, stableIndex(sorted, mid, values, from, to));
    }
    double lower = values[stableIndex(sorted, mid - 1, values, from, to)];
    double upper = values[stableIndex(sorted, mid, values, from, to)];
    return (lower + upper) / 2;
  }

  private static double stddev(double[] values, int from, int to) {
    double average = average(values, from, to);
    if (Double.isNaN(average)) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (!Double.isNaN(v)) {
        sum = sum + (v - average) * (v - average);
        n++;
      }
    }
    return Math.sqrt(sum / n);
  }

  private double count(double[] values, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        n++;
      }
    }
    integer = true;
    return n;
  }

  private double range(double[] values, int from, int to) {
    double max = extreme(values, null, from, to, true);
    double min = extreme(values, null, from, to, false);
    integer = false;
    return max - min;
  }

  private static double multiply(double[] values, int from, int to) throws EvalException {
    if (to == from) {
      throw new EvalException("multiply: reduce() of empty iterable with no initial value");
    }
    double product = values[from];
    for (int i = from + 1; i < to; i++) {
      product *= values[i];
    }
    return product; // NaN, None, as soon as one factor is None
  }

  private double pick(double[] values, boolean[] ints, int index) {
    if (index < 0) {
      return Double.NaN;
    }
    integer = ints != null && ints[index];
    return values[index];
  }

  /** Copies the non-null values to {@link #sorted} and sorts them; returns how many. */
  private int sortNonNull(double[] values, int from, int to) {
    if (sorted.length < to - from) {
      sorted = new double[to - from];
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        sorted[n++] = values[i];
      }
    }
    Arrays.sort(sorted, 0, n);
    return n;
  }

  /**
   * The index in {@code values[from, to)} of the value Python's stable {@code sorted()} puts at
   * {@code position}: {@code Arrays.sort} orders {@code -0.0} before {@code 0.0} and cannot tell
   * {@code 5} from {@code 5.0}, Python keeps equal values in input order. So within the run of
   * values equal to {@code sorted[position]}, it is the k-th such value of the input.
   */
  static int stableIndex(double[] sorted, int position, double[] values, int from, int to) {
    double value = sorted[position];
    int runStart = position;
    while (runStart > 0 && sorted[runStart - 1] == value) {
      runStart--;
    }
    int k = position - runStart;
    for (int i = from; i < to; i++) {
      if (values[i] == value && k-- == 0) {
        return i;
      }
    }
    throw new IllegalStateException("sorted values do not come from the input");
  }
}
