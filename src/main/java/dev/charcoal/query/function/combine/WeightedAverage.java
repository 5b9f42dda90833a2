package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code weightedAverage(*.latency.mean, *.latency.count, 0)}: the average of the first list
 * weighted by the second, pairs matched by their nodes or tags: sum(value × weight) / sum(weight)
 * at each point. Named {@code weightedAverage(<avg paths>, <weight paths>, <nodes>)}, each path
 * list sorted and comma-joined.
 */
@GraphiteFunction(
    name = "weightedAverage",
    group = FunctionGroup.COMBINE,
    description =
        "Averages the first list weighted by the second, matching series by the given nodes or"
            + " tags. Example: weightedAverage(*.transactions.mean, *.transactions.count, 0)",
    params = {
      @Param(name = "seriesListAvg", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seriesListWeight", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "nodes", type = ParamType.NODE_OR_TAG, multiple = true)
    })
public final class WeightedAverage implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> averages = args.seriesList("seriesListAvg");
    List<TimeSeries> weights = args.seriesList("seriesListWeight");
    List<Object> nodes = args.values("nodes");
    if (averages.size() != weights.size()) {
      throw new EvalException(
          "weightedAverage must receive the same number of series for seriesListAvg and"
              + " seriesListWeight but received respectively %d and %d"
                  .formatted(averages.size(), weights.size()));
    }
    Map<String, TimeSeries[]> pairs = new LinkedHashMap<>();
    for (int i = 0; i < averages.size(); i++) {
      pairs.computeIfAbsent(SeriesLists.aggKey(averages.get(i), nodes), k -> new TimeSeries[2])[0] =
          averages.get(i);
      pairs.computeIfAbsent(SeriesLists.aggKey(weights.get(i), nodes), k -> new TimeSeries[2])[1] =
          weights.get(i);
    }
    double xff = context.xFilesFactor();
    List<TimeSeries> products = new ArrayList<>();
    for (TimeSeries[] pair : pairs.values()) {
      if (pair[0] == null || pair[1] == null) {
        continue;
      }
      Columns.Column average = Columns.of(pair[0]);
      Columns.Column weight = Columns.of(pair[1]);
      double[] values = new double[Math.max(average.size(), weight.size())];
      for (int i = 0; i < values.length; i++) {
        values[i] = average.get(i) * weight.get(i);
      }
      String name = "product(" + pair[1].name() + "," + pair[0].name() + ")";
      products.add(
          TimeSeries.of(name, name, pair[0].start(), pair[0].end(), pair[0].step(), values, xff));
    }
    if (products.isEmpty()) {
      return List.of();
    }
    TimeSeries sumProducts = Aggregation.aggregate(List.of(products), "sum", null, context).get(0);
    TimeSeries sumWeights = Aggregation.aggregate(List.of(weights), "sum", null, context).get(0);
    Columns.Column numerators = Columns.of(sumProducts);
    Columns.Column denominators = Columns.of(sumWeights);
    double[] values = new double[Math.max(numerators.size(), denominators.size())];
    for (int i = 0; i < values.length; i++) {
      double divisor = denominators.get(i);
      values[i] = divisor == 0 ? Double.NaN : numerators.get(i) / divisor;
    }
    String name =
        "weightedAverage(%s, %s, %s)"
            .formatted(
                sortedPaths(averages),
                sortedPaths(weights),
                nodes.stream().map(PythonFormat::str).collect(Collectors.joining(",")));
    return List.of(
        TimeSeries.of(
            name, name, sumProducts.start(), sumProducts.end(), sumProducts.step(), values, xff));
  }

  private static String sortedPaths(List<TimeSeries> seriesList) {
    TreeSet<String> paths = new TreeSet<>();
    seriesList.forEach(series -> paths.add(series.pathExpression()));
    return String.join(",", paths);
  }
}
