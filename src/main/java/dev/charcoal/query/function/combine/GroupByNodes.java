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
 * {@code groupByNode(servers.*.cpu.user, 1, "sum")} and {@code groupByNodes(servers.*.cpu.*, "max",
 * 1, 3)}: the series grouped by the given nodes or tags (joined by {@code .}), each group reduced
 * by the callback (an aggregator function such as {@code sumSeries}, or an aggregation name such as
 * {@code sum}) and named by its key ({@code web1}, {@code web1.user}), in order of first
 * appearance.
 */
@GraphiteFunction(
    name = "groupByNode",
    group = FunctionGroup.COMBINE,
    description =
        "Groups the series by one node or tag and reduces each group with the callback, naming it"
            + " by the node. Example: groupByNode(servers.*.cpu.user, 1, \"sumSeries\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "nodeNum", type = ParamType.NODE_OR_TAG, required = true),
      @Param(name = "callback", type = ParamType.AGG_OR_SERIES_FUNC, defaultValue = "\"average\"")
    })
@GraphiteFunction(
    name = "groupByNodes",
    group = FunctionGroup.COMBINE,
    description =
        "Groups the series by several nodes or tags and reduces each group with the callback,"
            + " naming it by the nodes joined with dots. Example:"
            + " groupByNodes(ganglia.server*.*.cpu.load*, \"sum\", 1, 4)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "callback", type = ParamType.AGG_OR_SERIES_FUNC, required = true),
      @Param(name = "nodes", type = ParamType.NODE_OR_TAG, multiple = true)
    })
public final class GroupByNodes implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<Object> nodes;
    String callback;
    if (args.function().equals("groupByNode")) {
      if (!args.given("nodeNum")) {
        throw new EvalException("groupByNode: missing argument nodeNum");
      }
      nodes = new ArrayList<>();
      nodes.add(args.value("nodeNum"));
      callback = args.given("callback") ? args.string("callback") : "average";
    } else {
      nodes = args.values("nodes");
      callback = args.string("callback");
    }
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      groups
          .computeIfAbsent(SeriesLists.aggKey(series, nodes), key -> new ArrayList<>())
          .add(series);
    }
    List<TimeSeries> results = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<TimeSeries>> group : groups.entrySet()) {
      results.add(Callbacks.apply(context, callback, group.getValue()).withName(group.getKey()));
    }
    return results;
  }
}
