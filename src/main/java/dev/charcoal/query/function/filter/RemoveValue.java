package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code removeAboveValue(servers.*.load, 10)} sets the values above {@code n} to None; {@code
 * removeBelowValue} those below. The series is named {@code removeAboveValue(servers.a.load, 10)}
 * ({@code n} as Python's {@code %g}), its path expression too; tags unchanged.
 */
@GraphiteFunction(
    name = "removeAboveValue",
    group = FunctionGroup.FILTER_DATA,
    description = "Sets the values above N to null. Example: removeAboveValue(servers.*.load, 10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "removeBelowValue",
    group = FunctionGroup.FILTER_DATA,
    description = "Sets the values below N to null. Example: removeBelowValue(servers.*.load, 0.5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class RemoveValue implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.function();
    boolean above = function.equals("removeAboveValue");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double n = args.number("n");
      String name = function + "(" + series.name() + ", " + PythonFormat.g(n) + ")";
      out.add(Removal.apply(series.withName(name).withPathExpression(name), above, n));
    }
    return out;
  }
}
