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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reduceSeries(mapSeries(servers.*.disk.*, 1), "asPercent", 3, "used", "total")}: within
 * each mapped list, the series whose node {@code reduceNode} equals one of the matchers are passed,
 * in matcher order, each as its own list, to the function named {@code reduceFunction}; its first
 * result is named {@code <nodes before reduceNode>.reduce.<function>}, e.g. {@code
 * servers.a.disk.reduce.asPercent}.
 */
@GraphiteFunction(
    name = "reduceSeries",
    aliases = "reduce",
    group = FunctionGroup.COMBINE,
    description =
        "Reduces each list of a mapSeries result to one series by calling a function with the"
            + " series matched at a node, in matcher order. Short form: reduce(). Example:"
            + " reduceSeries(mapSeries(servers.*.disk.*, 1), \"asPercent\", 3, \"used\", \"total\")",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LISTS, required = true),
      @Param(name = "reduceFunction", type = ParamType.STRING, required = true),
      @Param(name = "reduceNode", type = ParamType.NODE, required = true),
      @Param(name = "reduceMatchers", type = ParamType.STRING, required = true, multiple = true)
    })
public final class ReduceSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.string("reduceFunction");
    long reduceNode = args.integer("reduceNode");
    List<Object> matchers = args.values("reduceMatchers");
    Map<String, TimeSeries[]> slots = new LinkedHashMap<>();
    for (List<?> seriesList : lists(args.value("seriesLists"))) {
      for (Object item : seriesList) {
        if (!(item instanceof TimeSeries series)) {
          throw new EvalException("reduceSeries: seriesLists must be a mapSeries result");
        }
        List<String> nodes = Arrays.asList(series.name().split("\\.", -1));
        long index = reduceNode < 0 ? reduceNode + nodes.size() : reduceNode;
        if (index < 0 || index >= nodes.size()) {
          throw new EvalException(
              "reduceSeries: %s has no node %d".formatted(series.name(), reduceNode));
        }
        int matcher = matchers.indexOf(nodes.get((int) index));
        if (matcher >= 0) {
          String key = String.join(".", Slices.slice(nodes, 0, reduceNode)) + ".reduce." + function;
          slots.computeIfAbsent(key, k -> new TimeSeries[matchers.size()])[matcher] = series;
        }
      }
    }
    List<TimeSeries> results = new ArrayList<>(slots.size());
    for (Map.Entry<String, TimeSeries[]> slot : slots.entrySet()) {
      List<Object> callArgs = new ArrayList<>();
      for (int i = 0; i < matchers.size(); i++) {
        TimeSeries series = slot.getValue()[i];
        if (series == null) {
          throw new EvalException(
              "reduceSeries: no series for %s matched %s"
                  .formatted(slot.getKey(), matchers.get(i)));
        }
        callArgs.add(List.of(series));
      }
      List<TimeSeries> reduced =
          context
              .callFunction(function, callArgs)
              .orElseThrow(() -> new EvalException("Function \"" + function + "\" not found"));
      if (reduced.isEmpty()) {
        throw new EvalException(
            "reduceSeries: " + function + " gave no series for " + slot.getKey());
      }
      results.add(reduced.get(0).withName(slot.getKey()));
    }
    return results;
  }

  private static List<List<?>> lists(Object value) throws EvalException {
    if (!(value instanceof List<?> outer)) {
      throw new EvalException("reduceSeries: seriesLists must be a mapSeries result");
    }
    List<List<?>> lists = new ArrayList<>(outer.size());
    for (Object item : outer) {
      if (!(item instanceof List<?> inner)) {
        throw new EvalException("reduceSeries: seriesLists must be a mapSeries result");
      }
      lists.add(inner);
    }
    return lists;
  }
}
