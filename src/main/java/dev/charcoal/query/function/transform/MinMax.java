package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code minMax(x)}: min-max normalisation, (value - min) / (max - min), so the series runs from 0
 * to 1; a flat series gives 0 everywhere. Named {@code minMax(x)}; graphite-web adds no tag.
 */
@GraphiteFunction(
    name = "minMax",
    group = FunctionGroup.TRANSFORM,
    description =
        "Scales each series to the range 0..1: (value - min) / (max - min). Example:"
            + " minMax(servers.web1.threads.busy)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class MinMax implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = Results.read(series).values();
      double min = Safe.min(values);
      double range = Safe.max(values) - min;
      Pointwise.Op op = v -> range == 0 ? (Double.isNaN(v) ? v : 0.0) : (v - min) / range;
      out.add(Pointwise.map(series, "minMax(" + series.name() + ")", op, false));
    }
    return out;
  }
}
