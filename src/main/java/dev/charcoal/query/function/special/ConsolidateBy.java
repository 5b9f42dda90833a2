package dev.charcoal.query.function.special;

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
 * {@code consolidateBy(x, 'max')}: how the series is consolidated when more points than pixels or
 * maxDataPoints are drawn; the values do not change. Sets the tag {@code consolidateBy} and renames
 * to {@code consolidateBy(x,"max")}. {@code cumulative(x)} is {@code consolidateBy(x, 'sum')}.
 *
 * <p>Like graphite-web, an unknown function name is accepted here and fails only when a
 * consolidation needs it.
 */
@GraphiteFunction(
    name = "consolidateBy",
    group = FunctionGroup.SPECIAL,
    description =
        "Sets how points are consolidated when there are more than can be drawn (sum, average,"
            + " min, max, first, last...). Example: consolidateBy(Sales.widgets.largeBlue, 'sum')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "consolidationFunc",
          type = ParamType.STRING,
          required = true,
          options = {
            "\"average\"",
            "\"avg\"",
            "\"avg_zero\"",
            "\"first\"",
            "\"last\"",
            "\"max\"",
            "\"min\"",
            "\"sum\""
          })
    })
@GraphiteFunction(
    name = "cumulative",
    group = FunctionGroup.SPECIAL,
    description =
        "Consolidates by sum instead of average when points must be merged: consolidateBy(x,"
            + " 'sum'). Example: cumulative(Sales.widgets.largeBlue)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class ConsolidateBy implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function =
        args.function().equals("cumulative") ? "sum" : args.string("consolidationFunc");
    List<TimeSeries> results = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = "consolidateBy(" + series.name() + ",\"" + function + "\")";
      results.add(
          series
              .withConsolidationFunc(function)
              .withTag("consolidateBy", function)
              .withName(name)
              .withPathExpression(name));
    }
    return results;
  }
}
