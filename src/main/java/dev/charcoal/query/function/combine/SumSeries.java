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
 * {@code sumSeries(a.*, b)}: the sum of all series at each point, named {@code sumSeries(a.*,b)};
 * series with different steps are first consolidated to a common step.
 */
@GraphiteFunction(
    name = "sumSeries",
    aliases = "sum",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Adds the series together point by point. Short form: sum(). Example:"
            + " sumSeries(servers.*.requests.count)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
public final class SumSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    return Aggregation.aggregate(args.seriesLists("seriesLists"), "sum", null, context);
  }
}
