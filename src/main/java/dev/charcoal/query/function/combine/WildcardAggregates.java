package dev.charcoal.query.function.combine;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aggregateWithWildcards(host.cpu-*.user, "sum", 1)} and its shorthands {@code
 * sumSeriesWithWildcards}, {@code averageSeriesWithWildcards} and {@code
 * multiplySeriesWithWildcards}: the series grouped by their names without the given node positions,
 * each group aggregated and named by that shortened name ({@code host.user}), in order of first
 * appearance.
 */
@GraphiteFunction(
    name = "aggregateWithWildcards",
    group = FunctionGroup.COMBINE,
    description =
        "Groups the series by name with the given node positions left out, and aggregates each"
            + " group. Example: aggregateWithWildcards(host.cpu-*.cpu-{user,system}, \"sum\", 1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, required = true),
      @Param(name = "position", type = ParamType.NODE, multiple = true)
    })
@GraphiteFunction(
    name = "sumSeriesWithWildcards",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Adds up the series that differ only at the given node positions. Example:"
            + " sumSeriesWithWildcards(host.cpu-*.cpu-{user,system}, 1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "position", type = ParamType.NODE, multiple = true)
    })
@GraphiteFunction(
    name = "averageSeriesWithWildcards",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Averages the series that differ only at the given node positions. Example:"
            + " averageSeriesWithWildcards(host.cpu-*.cpu-{user,system}, 1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "position", type = ParamType.NODE, multiple = true)
    })
@GraphiteFunction(
    name = "multiplySeriesWithWildcards",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Multiplies the series that differ only at the given node positions. Example:"
            + " multiplySeriesWithWildcards(web.host-*.{rate,size}, 2)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "position", type = ParamType.NODE, multiple = true)
    })
public final class WildcardAggregates implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String func =
        switch (args.function()) {
          case "sumSeriesWithWildcards" -> "sum";
          case "averageSeriesWithWildcards" -> "average";
          case "multiplySeriesWithWildcards" -> "multiply";
          default -> args.string("func");
        };
    List<Object> positions = args.values("position");
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String[] nodes = series.name().split("\\.", -1);
      List<String> kept = new ArrayList<>(nodes.length);
      for (int i = 0; i < nodes.length; i++) {
        if (!contains(positions, i)) {
          kept.add(nodes[i]);
        }
      }
      groups.computeIfAbsent(String.join(".", kept), key -> new ArrayList<>()).add(series);
    }
    List<TimeSeries> results = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<TimeSeries>> group : groups.entrySet()) {
      TimeSeries aggregated =
          Aggregation.aggregate(List.of(group.getValue()), func, null, context).get(0);
      results.add(aggregated.withName(group.getKey()));
    }
    return results;
  }

  /** Python's {@code i in positions}: numbers compare by value (1 == 1.0). */
  private static boolean contains(List<Object> positions, int index) {
    for (Object position : positions) {
      if (position instanceof Number n && n.doubleValue() == index) {
        return true;
      }
    }
    return false;
  }
}
