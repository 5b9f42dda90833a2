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
import java.util.List;

/**
 * {@code multiplySeries(a, b)}: the product of the series at each point (None where any is None),
 * named {@code multiplySeries(a,b)}. A single series alone comes back unchanged, as graphite-web's
 * legacy behaviour.
 */
@GraphiteFunction(
    name = "multiplySeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Multiplies the series point by point; a point is null where any series is null. Example:"
            + " multiplySeries(app.requests, app.cost_per_request)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
public final class MultiplySeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<List<TimeSeries>> lists = args.seriesLists("seriesLists");
    if (lists.size() == 1 && lists.get(0).size() == 1) {
      return lists.get(0);
    }
    return Aggregation.aggregate(lists, "multiply", null, context);
  }
}
