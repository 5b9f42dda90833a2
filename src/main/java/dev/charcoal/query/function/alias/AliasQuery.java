package dev.charcoal.query.function.alias;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonRegex;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aliasQuery(channel.power.*, "channel\.power\.([0-9]+)", "channel.frequency.\1", "Channel
 * %d MHz")}: for each series, its name rewritten by the (Python) regular expression is evaluated as
 * a target over the same range, and the last non-null value of the first series found names it
 * through Python's {@code %} formatting: {@code Channel 2412 MHz}. No series found, or no value, is
 * an error. Tags unchanged.
 */
@GraphiteFunction(
    name = "aliasQuery",
    group = FunctionGroup.ALIAS,
    description =
        "Names each series after the last value of a related query (its name rewritten by a"
            + " regular expression), with %-formatting. Example: aliasQuery(channel.power.*,"
            + " 'channel\\.power\\.([0-9]+)', 'channel.frequency.\\1', 'Channel %d MHz')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "search", type = ParamType.STRING, required = true),
      @Param(name = "replace", type = ParamType.STRING, required = true),
      @Param(name = "newName", type = ParamType.STRING, required = true)
    })
public final class AliasQuery implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return seriesList; // graphite-web compiles the pattern per series: none, no error
    }
    PythonRegex search = PythonRegex.compile(args.string("search"));
    String replace = args.string("replace");
    String newName = args.string("newName");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      String query = search.sub(replace, series.name());
      List<TimeSeries> found = context.evaluate(query, context.startTime(), context.endTime());
      if (found.isEmpty()) {
        throw new EvalException("No series found with query: " + query);
      }
      PythonNumber current = PythonNumber.aggregate(AggFunc.LAST, found.get(0));
      if (current.none()) {
        throw new EvalException("Cannot get last value of series: " + found.get(0).name());
      }
      out.add(series.withName(PercentFormat.format(newName, current)));
    }
    return out;
  }
}
