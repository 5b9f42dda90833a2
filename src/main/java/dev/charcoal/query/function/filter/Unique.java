package dev.charcoal.query.function.filter;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code unique(mostDeviant(a.*, 5), lowestCurrent(a.*, 5))}: the series of all lists, each name
 * once (the first series of that name wins), in argument order.
 */
@GraphiteFunction(
    name = "unique",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The series of all lists, without repeating a name. Example:"
            + " unique(mostDeviant(server.*.disk_free, 5), lowestCurrent(server.*.disk_free, 5))",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
public final class Unique implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Set<String> seen = new HashSet<>();
    List<TimeSeries> unique = new ArrayList<>();
    for (List<TimeSeries> seriesList : args.seriesLists("seriesLists")) {
      for (TimeSeries series : seriesList) {
        if (seen.add(series.name())) {
          unique.add(series);
        }
      }
    }
    return unique;
  }
}
