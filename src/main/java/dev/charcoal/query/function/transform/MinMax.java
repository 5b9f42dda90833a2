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
import java.util.BitSet;
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
      double[] read = Results.read(series).values();
      double min = Safe.min(read);
      double range = Safe.max(read) - min;
      // graphite-web tests the raw point for None but computes with the value it iterated.
      double[] values = series.values().clone();
      BitSet ints = (BitSet) series.integers().clone();
      for (int i = 0; i < read.length; i++) {
        if (Double.isNaN(values[i])) {
          continue;
        }
        if (Double.isNaN(read[i])) {
          throw new EvalException("minMax: unsupported operand type(s) for -: 'NoneType'");
        }
        values[i] = range == 0 ? 0.0 : (read[i] - min) / range;
        ints.clear(i);
      }
      String name = "minMax(" + series.name() + ")";
      out.add(series.withValues(values, ints).withName(name).withPathExpression(name));
    }
    return out;
  }
}
