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
 * {@code keepLastValue(x, 3)}: runs of nulls after a value are filled with that value, when the run
 * is at most {@code limit} long (any length by default); leading nulls stay. Named {@code
 * keepLastValue(x)}; no tag.
 */
@GraphiteFunction(
    name = "keepLastValue",
    group = FunctionGroup.TRANSFORM,
    description =
        "Fills gaps with the last value seen, for gaps up to limit points long. Example:"
            + " keepLastValue(Server01.connections.handled, 10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "limit", type = ParamType.INT_OR_INF, defaultValue = "1e9999")
    })
public final class KeepLastValue implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    GapLimit limit = GapLimit.of(args);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(keepLast(series, limit));
    }
    return out;
  }

  private static TimeSeries keepLast(TimeSeries series, GapLimit limit) throws EvalException {
    Results.Values in = Results.read(series);
    // graphite-web writes the fills into the raw list at the iterated positions, and reaches
    // past the consolidated length for a trailing gap (len(series) is the raw length).
    double[] values = series.values().clone();
    BitSet ints = (BitSet) series.integers().clone();
    int run = 0;
    double last = Double.NaN;
    boolean lastInt = false;
    for (int i = 0; i < in.size(); i++) {
      double value = in.values()[i];
      if (Double.isNaN(value)) {
        run++;
        continue;
      }
      if (limit.fills(run) && !Double.isNaN(last)) {
        fill(values, ints, i - run, i, last, lastInt);
      }
      run = 0;
      last = value;
      lastInt = in.isInteger(i);
    }
    if (limit.fills(run) && !Double.isNaN(last)) {
      fill(values, ints, values.length - run, values.length, last, lastInt);
    }
    String name = "keepLastValue(" + series.name() + ")";
    return series.withValues(values, ints).withName(name).withPathExpression(name);
  }

  private static void fill(
      double[] values, BitSet ints, int from, int to, double value, boolean isInt) {
    for (int i = Math.max(0, from); i < to; i++) {
      values[i] = value;
      ints.set(i, isInt);
    }
  }
}
