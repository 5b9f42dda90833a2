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
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code delay(x, 2)}: the values moved later by a number of steps, nulls filling the start (a
 * negative count moves them earlier, nulls filling the end). As in graphite-web, {@code delay(x,
 * 0)} leaves no values at all. Named {@code delay(x,2)}, tagged {@code delay=2}.
 */
@GraphiteFunction(
    name = "delay",
    group = FunctionGroup.TRANSFORM,
    description =
        "Shifts the values later by a number of steps (earlier when negative). Example:"
            + " divideSeries(server.FreeSpace, delay(server.FreeSpace, 1))",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "steps", type = ParamType.INTEGER, required = true)
    })
public final class Delay implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long steps = args.integer("steps");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      // Python slices the raw list here (series[-steps:], series[:-steps]), not the consolidated
      // values, and series[:-0] is empty: hence delay(x, 0) has no values.
      int n = series.size();
      int shift = (int) Math.max(-n, Math.min(n, steps));
      int length = steps == 0 ? 0 : n;
      double[] values = new double[length];
      Arrays.fill(values, Double.NaN);
      BitSet ints = new BitSet();
      for (int i = 0; i < length; i++) {
        int from = i - shift;
        if (from >= 0 && from < n) {
          values[i] = series.values()[from];
          ints.set(i, series.isInteger(from));
        }
      }
      String name = "delay(" + series.name() + "," + steps + ")";
      out.add(Results.copy(series.withTag("delay", Long.toString(steps)), name, values, ints));
    }
    return out;
  }
}
