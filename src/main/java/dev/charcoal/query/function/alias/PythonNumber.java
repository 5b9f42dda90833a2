package dev.charcoal.query.function.alias;

import dev.charcoal.model.PythonFloats;
import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;

/**
 * A number as graphite-web's aggregations return it: a Python float, a Python int (a count, or the
 * sum, min, max, last or difference of a series whose values are all ints), or None (NaN).
 */
record PythonNumber(double value, boolean integer) {
  /** Whether it is None. */
  boolean none() {
    return Double.isNaN(value);
  }

  /** Python's {@code str()}: {@code 2}, {@code 2.0}, {@code None}. */
  String str() {
    if (none()) {
      return "None";
    }
    return integer ? Long.toString((long) value) : PythonFloats.repr(value);
  }

  /** {@code func(series)} over the values as graphite-web iterates them. */
  static PythonNumber aggregate(AggFunc func, TimeSeries series) {
    double[] values = SeriesLists.iterate(series);
    double result = func.apply(values);
    boolean integer =
        switch (func) {
          case COUNT -> true;
          case SUM, MIN, MAX, LAST, DIFF -> allIntegers(series, values);
          case MEDIAN -> allIntegers(series, values) && Safe.count(values) % 2 == 1;
          default -> false;
        };
    return new PythonNumber(result, integer && !Double.isNaN(result));
  }

  /** Whether every non-None value is a Python int (never, once consolidated). */
  private static boolean allIntegers(TimeSeries series, double[] values) {
    if (values != series.values()) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i]) && !series.isInteger(i)) {
        return false;
      }
    }
    return true;
  }
}
