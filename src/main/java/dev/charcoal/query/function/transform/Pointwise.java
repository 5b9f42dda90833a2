package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/**
 * graphite-web's in-place loops {@code for i, v in enumerate(series): series[i] = op(v)} (every
 * point written, None included) and {@code ... if v is not None: series[i] = op(v)} (nulls left
 * alone, which shows when the loop read the series consolidated: the raw value stays).
 */
final class Pointwise {
  private Pointwise() {}

  /** One value in, one out; NaN is None both ways. */
  @FunctionalInterface
  interface Op {
    double apply(double value) throws EvalException;
  }

  /**
   * Applies {@code op} to every value as graphite-web iterates the series, renamed to {@code name}
   * (path expression too). A result is a float, or, with {@code keepInts}, an int where the value
   * was ({@code abs}, {@code round}, int + int).
   */
  static TimeSeries map(TimeSeries series, String name, Op op, boolean keepInts)
      throws EvalException {
    return apply(series, name, op, keepInts, false);
  }

  /** As {@link #map}, but only non-null values are written. */
  static TimeSeries mapValues(TimeSeries series, String name, Op op, boolean keepInts)
      throws EvalException {
    return apply(series, name, op, keepInts, true);
  }

  private static TimeSeries apply(
      TimeSeries series, String name, Op op, boolean keepInts, boolean skipNulls)
      throws EvalException {
    Results.Values in = Results.read(series);
    double[] values = in.values();
    double[] out = new double[values.length];
    BitSet ints = new BitSet();
    for (int i = 0; i < values.length; i++) {
      if (skipNulls && Double.isNaN(values[i])) {
        out[i] = series.values()[i];
        ints.set(i, series.isInteger(i));
        continue;
      }
      out[i] = op.apply(values[i]);
      if (keepInts && in.isInteger(i) && !Double.isNaN(out[i])) {
        ints.set(i);
      }
    }
    return Results.inPlace(series, name, out, ints);
  }

  /** Python's {@code math.exp}, which raises instead of returning infinity. */
  static double exp(double value) throws EvalException {
    double result = Math.exp(value);
    if (Double.isInfinite(result) && Double.isFinite(value)) {
      throw new EvalException("math range error: exp(" + value + ") overflows");
    }
    return result;
  }
}
