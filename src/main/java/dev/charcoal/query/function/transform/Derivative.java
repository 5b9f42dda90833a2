package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code derivative(x)}: the difference between each value and the one before it (null at the first
 * point and next to a null), not divided by time. Named {@code derivative(x)}, tagged {@code
 * derivative=1}.
 */
@GraphiteFunction(
    name = "derivative",
    group = FunctionGroup.TRANSFORM,
    description =
        "The change from each point to the next, e.g. of a running total. Example:"
            + " derivative(servers.web1.packets.total)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class Derivative implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      Results.Values in = Results.read(series);
      double[] values = in.values();
      double[] deltas = new double[values.length];
      BitSet ints = new BitSet();
      double prev = Double.NaN;
      for (int i = 0; i < values.length; i++) {
        deltas[i] = values[i] - prev; // NaN when either is None
        if (!Double.isNaN(deltas[i]) && in.isInteger(i) && in.isInteger(i - 1)) {
          ints.set(i);
        }
        prev = values[i];
      }
      TimeSeries tagged = series.withTag("derivative", "1");
      out.add(Results.copy(tagged, "derivative(" + series.name() + ")", deltas, ints));
    }
    return out;
  }
}
