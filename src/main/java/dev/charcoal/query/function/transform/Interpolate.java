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
 * {@code interpolate(x, 3)}: runs of nulls between two values are filled on the straight line
 * between them, when the run is at most {@code limit} long (any length by default); nulls at the
 * start and end stay. Named {@code interpolate(x)}; no tag.
 */
@GraphiteFunction(
    name = "interpolate",
    group = FunctionGroup.TRANSFORM,
    description =
        "Fills gaps on the straight line between the values around them, for gaps up to limit"
            + " points long. Example: interpolate(Server01.connections.handled, 10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "limit", type = ParamType.INT_OR_INF, defaultValue = "1e9999")
    })
public final class Interpolate implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    GapLimit limit = GapLimit.of(args);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(interpolate(series, limit));
    }
    return out;
  }

  private static TimeSeries interpolate(TimeSeries series, GapLimit limit) throws EvalException {
    Results.Values in = Results.read(series);
    double[] values = new double[in.size()];
    BitSet ints = new BitSet();
    int run = 0;
    for (int i = 0; i < values.length; i++) {
      double value = in.values()[i];
      values[i] = value;
      ints.set(i, in.isInteger(i));
      // graphite-web never counts a null at index 0 (it has nothing to keep before it).
      if (i == 0) {
        continue;
      }
      if (Double.isNaN(value)) {
        run++;
        continue;
      }
      if (run == 0) {
        continue;
      }
      int before = i - run - 1;
      if (Double.isNaN(values[before])) {
        run = 0;
        continue;
      }
      if (limit.fills(run)) {
        double from = values[before];
        for (int k = i - run; k < i; k++) {
          values[k] = from + (k - before) * (value - from) / (run + 1);
          ints.clear(k);
        }
      }
      run = 0;
    }
    return Results.inPlace(series, "interpolate(" + series.name() + ")", values, ints);
  }
}
