package dev.charcoal.query.function.special;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;

/**
 * {@code seriesByTag('name=cpu', 'dc=~us.*')}: the tagged series matching every expression. Only
 * its metadata lives here, for {@code /functions} and the editor: as in graphite-web, the evaluator
 * hands the call's raw text to the tag index itself and never calls this class.
 */
@GraphiteFunction(
    name = "seriesByTag",
    group = FunctionGroup.SPECIAL,
    description =
        "The tagged series matching every tag expression (tag=value, tag!=value, tag=~regex,"
            + " tag!=~regex). Example: seriesByTag('name=disk.used', 'dc=~us-.*')",
    params = {
      @Param(name = "tagExpressions", type = ParamType.STRING, required = true, multiple = true)
    })
public final class SeriesByTag implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) {
    throw new IllegalStateException("seriesByTag is fetched by the evaluator, not called");
  }
}
