package dev.charcoal.query.function.special;

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
 * {@code xFilesFactor(x, 0.5)}: the share of non-null values a consolidated point needs, set on the
 * series (with the tag {@code xFilesFactor}) and, as in graphite-web, on the request: the functions
 * and fetches evaluated after it use it too. Names do not change.
 */
@GraphiteFunction(
    name = "setXFilesFactor",
    aliases = "xFilesFactor",
    group = FunctionGroup.SPECIAL,
    description =
        "Sets the share (0 to 1) of non-null values a point needs when values are consolidated or"
            + " aggregated. Short form: xFilesFactor(). Example: xFilesFactor(Sales.widgets, 0.5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT, required = true)
    })
public final class SetXFilesFactor implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double factor = args.number("xFilesFactor");
    String text = PythonFormat.str(args.value("xFilesFactor"));
    context.setXFilesFactor(factor);
    List<TimeSeries> results = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      results.add(series.withXFilesFactor(factor).withTag("xFilesFactor", text));
    }
    return results;
  }
}
