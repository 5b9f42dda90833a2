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
 * {@code aggregate(a.*, "sum")}: the series combined point by point with an aggregation function
 * (any of graphite-web's aggFuncs, or a deprecated {@code sumSeries}-style name), named {@code
 * sumSeries(a.*)}; an optional xFilesFactor overrides the request's.
 */
@GraphiteFunction(
    name = "aggregate",
    group = FunctionGroup.COMBINE,
    description =
        "Combines the series point by point with an aggregation function (average, median, sum,"
            + " min, max, diff, stddev, count, range, multiply, last ...). Example:"
            + " aggregate(host.cpu-*.user, \"sum\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, required = true),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
public final class Aggregate implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Double xFilesFactor = args.has("xFilesFactor") ? args.number("xFilesFactor") : null;
    return Aggregation.aggregate(
        List.of(args.seriesList("seriesList")), args.string("func"), xFilesFactor, context);
  }
}
