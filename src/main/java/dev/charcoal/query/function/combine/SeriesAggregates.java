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
import java.util.Map;

/**
 * The {@code aggregate} shorthands: {@code sumSeries(a.*, b)} adds all series point by point,
 * {@code averageSeries}, {@code maxSeries}, {@code minSeries}, {@code diffSeries} (the first minus
 * the others), {@code stddevSeries} and {@code rangeOfSeries} likewise. The result is named after
 * the aggregation and the inputs' path expressions, e.g. {@code sumSeries(a.*,b)}, {@code
 * rangeOfSeries(a.*)}; series with different steps are first consolidated to a common step.
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
@GraphiteFunction(
    name = "averageSeries",
    aliases = "avg",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The mean of the series' non-null values at each point. Short form: avg(). Example:"
            + " averageSeries(servers.*.cpu.user)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "maxSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The largest value of the series at each point. Example: maxSeries(servers.*.load)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "minSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The smallest value of the series at each point. Example: minSeries(servers.*.free)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "diffSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The first series minus all the others, point by point (nulls are skipped). Example:"
            + " diffSeries(conn.total, conn.failed)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "stddevSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The population standard deviation across the series at each point. Example:"
            + " stddevSeries(servers.*.latency)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "rangeOfSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "The largest minus the smallest value of the series at each point. Example:"
            + " rangeOfSeries(servers.*.load)",
    params = {
      @Param(name = "seriesLists", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
public final class SeriesAggregates implements SeriesFunction {
  private static final Map<String, String> AGGREGATION =
      Map.of(
          "sumSeries", "sum",
          "sum", "sum",
          "averageSeries", "average",
          "avg", "average",
          "maxSeries", "max",
          "minSeries", "min",
          "diffSeries", "diff",
          "stddevSeries", "stddev",
          "rangeOfSeries", "rangeOf");

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    return Aggregation.aggregate(
        args.seriesLists("seriesLists"), AGGREGATION.get(args.function()), null, context);
  }
}
