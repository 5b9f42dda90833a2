package dev.charcoal.query.function.alias;

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
 * {@code aliasSub(ip.*TCP*, "^.*TCP(\d+)", "\1")}: each name rewritten by Python's {@code re.sub}
 * (Python pattern and replacement syntax: {@code \1}, {@code \g<name>}; {@code $} is literal). Tags
 * unchanged.
 */
@GraphiteFunction(
    name = "aliasSub",
    group = FunctionGroup.ALIAS,
    description =
        "Rewrites each name with a (Python) regular expression search and replace. Example:"
            + " aliasSub(ip.*TCP*, '^.*TCP(\\d+)', '\\1')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "search", type = ParamType.STRING, required = true),
      @Param(name = "replace", type = ParamType.STRING, required = true)
    })
public final class AliasSub implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return seriesList; // graphite-web compiles the pattern per series: none, no error
    }
    PythonRegex search = PythonRegex.compile(args.string("search"));
    String replace = args.string("replace");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      out.add(series.withName(search.sub(replace, series.name())));
    }
    return out;
  }
}
