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
 * {@code integral(x)}: the running total of the values from the start of the range; a null stays
 * null and adds nothing. Named {@code integral(x)}, tagged {@code integral=1}.
 */
@GraphiteFunction(
    name = "integral",
    group = FunctionGroup.TRANSFORM,
    description =
        "The running total of the values over the range. Example: integral(company.sales.perMinute)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class Integral implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = Results.read(series).values();
      double[] totals = new double[values.length];
      double current = 0.0;
      for (int i = 0; i < values.length; i++) {
        if (Double.isNaN(values[i])) {
          totals[i] = Double.NaN;
        } else {
          current += values[i];
          totals[i] = current;
        }
      }
      TimeSeries tagged = series.withTag("integral", "1");
      out.add(Results.copy(tagged, "integral(" + series.name() + ")", totals, new BitSet()));
    }
    return out;
  }
}
