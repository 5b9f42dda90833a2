package dev.charcoal.query.function.special;

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
 * {@code changed(app.version)}: 1 where the value differs from the last non-null value before it,
 * else 0 (nulls and the first value included), as ints; named {@code changed(app.version)}.
 */
@GraphiteFunction(
    name = "changed",
    group = FunctionGroup.SPECIAL,
    description =
        "1 where the value changed from the previous non-null value, 0 elsewhere (nulls"
            + " included). Example: changed(Server01.connections.handled)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class Changed implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> results = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] in = series.values();
      double[] out = new double[in.length];
      double previous = Double.NaN;
      for (int i = 0; i < in.length; i++) {
        if (Double.isNaN(previous)) {
          previous = in[i];
        } else if (!Double.isNaN(in[i]) && previous != in[i]) {
          out[i] = 1;
          previous = in[i];
        }
      }
      BitSet ints = new BitSet();
      ints.set(0, in.length);
      String name = "changed(" + series.name() + ")";
      results.add(series.withName(name).withPathExpression(name).withValues(out, ints));
    }
    return results;
  }
}
