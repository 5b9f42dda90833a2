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
 * {@code holtWintersConfidenceArea(x)}: the two Holt-Winters confidence bands drawn as a filled
 * area, graphite-web's {@code areaBetween} of them: the lower band stacked and invisible, the upper
 * stacked, both named {@code holtWintersConfidenceArea(<path expression>)} and tagged {@code
 * holtWintersConfidenceArea}. Like areaBetween it needs exactly one series.
 */
@GraphiteFunction(
    name = "holtWintersConfidenceArea",
    group = FunctionGroup.CALCULATE,
    description =
        "The Holt-Winters confidence bands of one series drawn as a filled area. Example:"
            + " holtWintersConfidenceArea(servers.web1.requests)",
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
public final class HoltWintersConfidenceArea implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> bands = HoltWinters.bands(args, context);
    if (bands.size() != 2) {
      throw new EvalException(
          "holtWintersConfidenceArea: areaBetween series argument must reference *exactly* 2"
              + " series");
    }
    TimeSeries lower = bands.get(0);
    TimeSeries upper = bands.get(1);
    String name =
        ("areaBetween(" + upper.pathExpression() + ")")
            .replace("areaBetween", "holtWintersConfidenceArea");
    return List.of(
        area(lower, name).withOption("stacked", true).withOption("invisible", true),
        area(upper, name).withOption("stacked", true));
  }

  private static TimeSeries area(TimeSeries band, String name) {
    return band.withTag("holtWintersConfidenceArea", "1").withName(name).withPathExpression(name);
  }
}
