package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.PythonRegex;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code useSeriesAbove(ganglia.metric1.reqs, 10, 'reqs', 'time')}: for each series whose maximum
 * is above the value, the series named by rewriting its name with the (Python) regular expression,
 * fetched over the same range; those with no points are left out. As in graphite-web, which takes
 * Python's {@code max()} of the values, a series with a None value is an error.
 */
@GraphiteFunction(
    name = "useSeriesAbove",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Plots a related metric (the name rewritten by a regular expression) for each series"
            + " whose maximum is above a value. Example:"
            + " useSeriesAbove(ganglia.metric1.reqs, 10, 'reqs', 'time')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "value", type = ParamType.FLOAT, required = true),
      @Param(name = "search", type = ParamType.STRING, required = true),
      @Param(name = "replace", type = ParamType.STRING, required = true)
    })
public final class UseSeriesAbove implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return seriesList; // graphite-web compiles the pattern per series: none, no error
    }
    PythonRegex search = PythonRegex.compile(args.string("search"));
    String replace = args.string("replace");
    List<String> newNames = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      String newName = search.sub(replace, series.name());
      if (max(series) > args.number("value")) {
        newNames.add(newName);
      }
    }
    // graphite-web evaluates group(name1,name2,...): the names' series one after the other.
    List<TimeSeries> related = new ArrayList<>();
    for (String name : newNames) {
      for (TimeSeries series : context.evaluate(name, context.startTime(), context.endTime())) {
        if (series.size() > 0) {
          related.add(series);
        }
      }
    }
    return related;
  }

  /** Python's {@code max(series)}: None cannot be compared, an empty series has no maximum. */
  private static double max(TimeSeries series) throws EvalException {
    double[] values = SeriesLists.iterate(series);
    if (values.length == 0) {
      throw new EvalException("useSeriesAbove: " + series.name() + " has no values");
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isNaN(v)) {
        throw new EvalException(
            "useSeriesAbove: " + PythonFormat.repr(series.name()) + " has a None value");
      }
      max = Math.max(max, v);
    }
    return max;
  }
}
