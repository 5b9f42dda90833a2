package dev.charcoal.query.function.filter;

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
 * {@code grep(servers.*.threads.busy, "server0[12]")} keeps the series whose name contains a match
 * of the Python regular expression (Python's {@code re.search}); {@code exclude} keeps the others.
 * Names unchanged, input order kept.
 */
@GraphiteFunction(
    name = "grep",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose name matches a (Python) regular expression. Example:"
            + " grep(servers.*.threads.busy, 'server02')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "pattern", type = ParamType.STRING, required = true)
    })
@GraphiteFunction(
    name = "exclude",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Leaves out the series whose name matches a (Python) regular expression. Example:"
            + " exclude(servers.*.threads.busy, 'server02')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "pattern", type = ParamType.STRING, required = true)
    })
public final class Grep implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    PythonRegex regex = PythonRegex.compile(args.string("pattern"));
    boolean keepMatches = args.function().equals("grep");
    List<TimeSeries> kept = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      if (regex.search(series.name()) == keepMatches) {
        kept.add(series);
      }
    }
    return kept;
  }
}
