package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mapSeries(servers.*.disk.*, 1)}: the series split into lists that share the given nodes or
 * tags, in order of first appearance. The result is a list of series lists, which only {@link
 * ReduceSeries} takes; as a target by itself it is an error, as in graphite-web.
 */
@GraphiteFunction(
    name = "mapSeries",
    aliases = "map",
    group = FunctionGroup.COMBINE,
    description =
        "Splits a series list into lists sharing the given nodes or tags, for reduceSeries. Short"
            + " form: map(). Example: reduceSeries(mapSeries(servers.*.disk.*, 1), \"asPercent\","
            + " 3, \"used\", \"total\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "mapNodes", type = ParamType.NODE_OR_TAG, required = true, multiple = true)
    })
public final class MapSeries implements SeriesFunction {
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      groups
          .computeIfAbsent(
              SeriesLists.aggKey(series, args.values("mapNodes")), key -> new ArrayList<>())
          .add(series);
    }
    // A Python function may return a list of lists; the evaluator passes it on as it is.
    return (List) new ArrayList<>(groups.values());
  }
}
