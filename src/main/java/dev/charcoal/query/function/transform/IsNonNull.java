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
 * {@code isNonNull(x)}: 1 where the series has a value, 0 where it is null (integers, as in
 * graphite-web), e.g. to count live servers with {@code sumSeries(isNonNull(servers.*.up))}. Named
 * {@code isNonNull(x)}, tagged {@code isNonNull=1}.
 */
@GraphiteFunction(
    name = "isNonNull",
    group = FunctionGroup.TRANSFORM,
    description =
        "1 where a point has a value, 0 where it is null. Example:"
            + " sumSeries(isNonNull(webapp.pages.*.views))",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class IsNonNull implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = Results.read(series).values();
      double[] flags = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        flags[i] = Double.isNaN(values[i]) ? 0 : 1;
      }
      BitSet ints = new BitSet();
      ints.set(0, flags.length);
      String name = "isNonNull(" + series.name() + ")";
      out.add(Results.replaced(series.withTag("isNonNull", "1"), name, flags, ints));
    }
    return out;
  }
}
