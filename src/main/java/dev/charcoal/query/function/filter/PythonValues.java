package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Python behaviour the filter and sorting functions share: {@code int(n)}, slices, aggregation
 * keys (graphite-web's {@code keyFunc}: None sorts as -inf) and the stable {@code list.sort}.
 */
final class PythonValues {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private PythonValues() {}

  /** Python's {@code int(value)} for an argument graphite-web passes on unchecked. */
  static long toInt(String function, Object value) throws EvalException {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new EvalException(function + ": cannot convert " + PythonFormat.str(d) + " to int");
      }
      return d.longValue(); // truncates toward zero, saturating as a slice bound would
    }
    if (value instanceof String s && s.strip().matches("[+-]?[0-9]+")) {
      BigInteger parsed = new BigInteger(s.strip());
      return parsed.max(LONG_MIN).min(LONG_MAX).longValue();
    }
    throw new EvalException(function + ": not an integer: " + PythonFormat.repr(value));
  }

  /**
   * Python's {@code list[:n]} where {@code n} must be an index ({@code int}, {@code bool} or None):
   * graphite-web's {@code limit} and {@code mostDeviant} slice with the raw argument.
   */
  static <T> List<T> head(String function, List<T> list, Object n) throws EvalException {
    if (n == null) {
      return list;
    }
    if (!(n instanceof Long) && !(n instanceof Boolean)) {
      throw new EvalException(
          function + ": slice indices must be integers or None, got " + PythonFormat.repr(n));
    }
    return head(list, toInt(function, n));
  }

  /** Python's {@code list[:n]}: a negative {@code n} leaves out the last {@code -n}. */
  static <T> List<T> head(List<T> list, long n) {
    long end = n >= 0 ? Math.min(n, list.size()) : Math.max(0, list.size() + n);
    return list.subList(0, (int) end);
  }

  /** graphite-web's {@code getAggFunc(func)}: no deprecated {@code sumSeries} forms here. */
  static AggFunc aggFunc(Object func) throws EvalException {
    if (func instanceof String name) {
      return AggFunc.of(name);
    }
    throw new EvalException("Unsupported aggregation function: " + PythonFormat.str(func));
  }

  /**
   * {@code keyFunc(func)(series)}: the aggregate of the values as graphite-web iterates them
   * (consolidated), None as -inf.
   */
  static double key(AggFunc func, TimeSeries series) {
    double value = func.apply(SeriesLists.iterate(series));
    return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
  }

  /** The keys of each series. */
  static double[] keys(AggFunc func, List<TimeSeries> seriesList) {
    double[] keys = new double[seriesList.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(func, seriesList.get(i));
    }
    return keys;
  }

  /**
   * Python's {@code sorted(items, key=..., reverse=...)}: stable, so equal keys keep their order in
   * either direction; {@code -0.0} equals {@code 0.0}.
   */
  static <T> List<T> sort(List<T> items, double[] keys, boolean reverse) {
    Integer[] order = new Integer[items.size()];
    Arrays.setAll(order, i -> i);
    Comparator<Integer> ascending = (a, b) -> compare(keys[a], keys[b]);
    Arrays.sort(order, reverse ? ascending.reversed() : ascending);
    List<T> sorted = new ArrayList<>(order.length);
    for (int i : order) {
      sorted.add(items.get(i));
    }
    return sorted;
  }

  private static int compare(double a, double b) {
    return a < b ? -1 : (a > b ? 1 : 0);
  }
}
