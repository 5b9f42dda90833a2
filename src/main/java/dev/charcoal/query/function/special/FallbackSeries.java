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
import java.util.List;

/**
 * {@code fallbackSeries(server*.rps, constantLine(0))}: the first list when it has any series, else
 * the fallback list, both unchanged.
 */
@GraphiteFunction(
    name = "fallbackSeries",
    group = FunctionGroup.SPECIAL,
    description =
        "The series list, or the fallback when it matches nothing. Example:"
            + " fallbackSeries(server*.requests_per_second, constantLine(0))",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "fallback", type = ParamType.SERIES_LIST, required = true)
    })
public final class FallbackSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    return seriesList.isEmpty() ? args.seriesList("fallback") : seriesList;
  }
}
