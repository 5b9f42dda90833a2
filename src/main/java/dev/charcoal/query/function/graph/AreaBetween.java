package dev.charcoal.query.function.graph;

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
 * {@code areaBetween(service.latency.{min,max})}: exactly two series, drawn as the band between
 * them (with {@code areaMode=stacked}): both are stacked, the first invisible. Both are named
 * {@code areaBetween(<path expression of the second>)} and share the second's tags plus {@code
 * areaBetween=1}.
 */
@GraphiteFunction(
    name = "areaBetween",
    group = FunctionGroup.GRAPH,
    description =
        "Draws the area between exactly two series (with areaMode=stacked). Example:"
            + " areaBetween(service.latency.{min,max})",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class AreaBetween implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.size() != 2) {
      throw new EvalException("areaBetween series argument must reference *exactly* 2 series");
    }
    TimeSeries upper = seriesList.get(1).withTag("areaBetween", "1");
    String name = "areaBetween(" + upper.pathExpression() + ")";
    TimeSeries lower =
        seriesList
            .get(0)
            .withOption("stacked", true)
            .withOption("invisible", true)
            .withTags(upper.tags())
            .withName(name);
    return List.of(lower, upper.withOption("stacked", true).withName(name));
  }
}
