package dev.charcoal.query.function.calculate;

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
 * {@code holtWintersConfidenceBands(x, 3)}: two series per input, {@code
 * holtWintersConfidenceLower(x)} then {@code holtWintersConfidenceUpper(x)}, the Holt-Winters
 * forecast minus and plus delta times its smoothed deviation (see {@link HoltWinters#bands}).
 */
@GraphiteFunction(
    name = "holtWintersConfidenceBands",
    group = FunctionGroup.CALCULATE,
    description =
        "The Holt-Winters forecast plus and minus delta times its predicted deviation, as a lower"
            + " and an upper series. Example: holtWintersConfidenceBands(servers.web1.requests,3)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "delta", type = ParamType.INTEGER, defaultValue = "3"),
      @Param(
          name = "bootstrapInterval",
          type = ParamType.INTERVAL,
          defaultValue = "\"7d\"",
          suggestions = {"\"7d\"", "\"30d\""}),
      @Param(
          name = "seasonality",
          type = ParamType.INTERVAL,
          defaultValue = "\"1d\"",
          suggestions = {"\"1d\"", "\"7d\""})
    })
public final class HoltWintersConfidenceBands implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    return HoltWinters.bands(args, context);
  }
}
