package dev.charcoal.query.function.filter;

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
 * {@code limit(servers.*.memory.free, 5)}: the first {@code n} series, unchanged (Python's {@code
 * seriesList[0:n]}, so a negative {@code n} drops that many from the end and a float is an error).
 */
@GraphiteFunction(
    name = "limit",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the first N series, e.g. to try out a wildcard. Example:"
            + " limit(servers.*.memory.free, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
public final class Limit implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    if (!args.given("n")) {
      throw new EvalException("limit() missing 1 required positional argument: 'n'");
    }
    return PythonValues.head("limit", args.seriesList("seriesList"), args.value("n"));
  }
}
