package dev.charcoal.query.function.alias;

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
 * {@code alias(Sales.widgets.largeBlue, "Large Blue Widgets")}: every series renamed to the given
 * name; tags and path expression unchanged (so aggregates of it still name the original path).
 */
@GraphiteFunction(
    name = "alias",
    group = FunctionGroup.ALIAS,
    description =
        "Shows the given name instead of the metric name. Example:"
            + " alias(Sales.widgets.largeBlue, 'Large Blue Widgets')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "newName", type = ParamType.STRING, required = true)
    })
public final class Alias implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    if (!args.given("newName")) {
      throw new EvalException("alias() missing 1 required positional argument: 'newName'");
    }
    Object newName = args.value("newName");
    // graphite-web assigns whatever it was given; Charcoal's names are text, so str() of it.
    String name = newName instanceof String s ? s : PythonFormat.str(newName);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(series.withName(name));
    }
    return out;
  }
}
