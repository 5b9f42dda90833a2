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
import java.util.List;

/**
 * {@code aggregateSeriesLists(a.*, b.*, "sum")} and its shorthands {@code sumSeriesLists}, {@code
 * diffSeriesLists} and {@code multiplySeriesLists}: the i-th series of the first list aggregated
 * with the i-th of the second, named after the two series, e.g. {@code sumSeries(a.x,b.x)} (the
 * path expression and the name tag keep the aggregate's usual form).
 */
@GraphiteFunction(
    name = "aggregateSeriesLists",
    group = FunctionGroup.COMBINE,
    description =
        "Aggregates two equally long lists pairwise: the first series of each, the second of each,"
            + " and so on. Example: aggregateSeriesLists(a.{x,y}.in, a.{x,y}.out, \"sum\")",
    params = {
      @Param(name = "seriesListFirstPos", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seriesListSecondPos", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, required = true),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "sumSeriesLists",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Adds two equally long lists pairwise. Example: sumSeriesLists(a.{x,y}.in, a.{x,y}.out)",
    params = {
      @Param(name = "seriesListFirstPos", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seriesListSecondPos", type = ParamType.SERIES_LIST, required = true)
    })
@GraphiteFunction(
    name = "diffSeriesLists",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Subtracts the second list from the first, pairwise. Example:"
            + " diffSeriesLists(a.{x,y}.total, a.{x,y}.failed)",
    params = {
      @Param(name = "seriesListFirstPos", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seriesListSecondPos", type = ParamType.SERIES_LIST, required = true)
    })
@GraphiteFunction(
    name = "multiplySeriesLists",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Multiplies two equally long lists pairwise. Example:"
            + " multiplySeriesLists(a.{x,y}.count, a.{x,y}.size)",
    params = {
      @Param(name = "seriesListFirstPos", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seriesListSecondPos", type = ParamType.SERIES_LIST, required = true)
    })
public final class SeriesListsAggregates implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> first = args.seriesList("seriesListFirstPos");
    List<TimeSeries> second = args.seriesList("seriesListSecondPos");
    String func =
        switch (args.function()) {
          case "sumSeriesLists" -> "sum";
          case "diffSeriesLists" -> "diff";
          case "multiplySeriesLists" -> "multiply";
          default -> args.string("func");
        };
    Double xFilesFactor = args.has("xFilesFactor") ? args.number("xFilesFactor") : null;
    if (first.size() != second.size()) {
      throw new EvalException(
          "seriesListFirstPos and seriesListSecondPos argument must have equal length");
    }
    List<TimeSeries> results = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      List<TimeSeries> pair = List.of(first.get(i), second.get(i));
      for (TimeSeries aggregated :
          Aggregation.aggregate(List.of(pair), func, xFilesFactor, context)) {
        String name = aggregated.name();
        results.add(
            aggregated.withName(
                name.substring(0, name.indexOf("Series("))
                    + "Series("
                    + pair.get(0).name()
                    + ","
                    + pair.get(1).name()
                    + ")"));
      }
    }
    return results;
  }
}
