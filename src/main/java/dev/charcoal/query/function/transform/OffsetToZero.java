package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code offsetToZero(x)}: the series' minimum subtracted from every value, so its lowest point is
 * 0. Named {@code offsetToZero(x)}, tagged {@code offsetToZero=<the minimum>} ({@code None} for a
 * series without values).
 */
@GraphiteFunction(
    name = "offsetToZero",
    group = FunctionGroup.TRANSFORM,
    description =
        "Subtracts the series' minimum from each point, so the lowest point becomes 0. Example:"
            + " offsetToZero(servers.*.ping.rtt)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class OffsetToZero implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      Results.Values in = Results.read(series);
      double minimum = Safe.min(in.values());
      // Python's min() returns the first of equal values: its type (int or float) is the tag's.
      boolean intMinimum = false;
      for (int i = 0; i < in.size(); i++) {
        if (in.values()[i] == minimum) {
          intMinimum = in.isInteger(i);
          break;
        }
      }
      String tag =
          Double.isNaN(minimum)
              ? "None"
              : intMinimum ? Long.toString((long) minimum) : PythonFormat.str(minimum);
      String name = "offsetToZero(" + series.name() + ")";
      out.add(
          Pointwise.mapValues(
              series.withTag("offsetToZero", tag), name, v -> v - minimum, intMinimum));
    }
    return out;
  }
}
