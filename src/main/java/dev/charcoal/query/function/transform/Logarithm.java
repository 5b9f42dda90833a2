package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code log(x, 2)}: the logarithm of every value in the base (10 by default); null for values that
 * are not positive. A base of 1 or below 1 fails as soon as a positive value needs it (Python
 * divides by log(1) = 0, or cannot take the log of the base). Named {@code log(x, 2)}, tagged
 * {@code log=2}.
 */
@GraphiteFunction(
    name = "log",
    group = FunctionGroup.TRANSFORM,
    description =
        "The logarithm of each point in a base (10 by default). Example:"
            + " log(servers.web1.requests, 2)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "base", type = ParamType.INTEGER, defaultValue = "10")
    })
public final class Logarithm implements SeriesFunction {
  private static final long DEFAULT_BASE = 10;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object base = args.given("base") ? args.value("base") : (Object) DEFAULT_BASE;
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = Results.read(series).values();
      double[] logs = new double[values.length];
      double divisor = Double.NaN; // Python only evaluates the base for a positive value
      for (int i = 0; i < values.length; i++) {
        if (values[i] > 0) {
          if (Double.isNaN(divisor)) {
            divisor = logOfBase(base);
          }
          logs[i] = Math.log(values[i]) / divisor;
        } else {
          logs[i] = Double.NaN;
        }
      }
      String name = "log(" + series.name() + ", " + PythonFormat.str(base) + ")";
      out.add(
          Results.copy(series.withTag("log", PythonFormat.str(base)), name, logs, new BitSet()));
    }
    return out;
  }

  /** Python's math.log(x, base) divisor, with its errors. */
  private static double logOfBase(Object base) throws EvalException {
    if (!(base instanceof Number number)) {
      throw new EvalException("log: the base must be a number, got " + PythonFormat.str(base));
    }
    double b = number.doubleValue();
    if (!(b > 0)) {
      throw new EvalException("log: math domain error (base " + PythonFormat.str(base) + ")");
    }
    double log = Math.log(b);
    if (log == 0) {
      throw new EvalException("log: float division by zero (base 1)");
    }
    return log;
  }
}
