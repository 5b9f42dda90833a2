package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/** graphite-web's in-place loop {@code for i, v in enumerate(series): series[i] = op(v)}. */
final class Pointwise {
  private Pointwise() {}

  /** One value in, one out; NaN is None both ways. */
  @FunctionalInterface
  interface Op {
    double apply(double value) throws EvalException;
  }

  /**
   * Applies {@code op} to each value as graphite-web iterates the series, renamed to {@code name}
   * (path expression too).
   *
   * @param keepInts whether a Python int stays an int ({@code abs}, {@code round}, int + int);
   *     otherwise every result is a float
   */
  static TimeSeries map(TimeSeries series, String name, Op op, boolean keepInts)
      throws EvalException {
    Results.Values in = Results.read(series);
    double[] values = in.values();
    double[] out = new double[values.length];
    BitSet ints = new BitSet();
    for (int i = 0; i < values.length; i++) {
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
