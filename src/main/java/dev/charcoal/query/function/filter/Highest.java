package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.AggFunc;
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
 * {@code highest(servers.*.cpu, 3, 'max')} and its shorthands: the {@code n} series with the
 * highest (or lowest) aggregate, best first, names unchanged. Series whose aggregate is None (no
 * values) count as -inf, so they come last for highest and first for lowest; ties keep the input
 * order. {@code n} is truncated as Python's {@code int()}; a negative {@code n} drops that many
 * from the end.
 */
@GraphiteFunction(
    name = "highest",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series with the highest aggregate (default average) over the time range. Example:"
            + " highest(servers.*.threads.busy, 5, 'max')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"average\"")
    })
@GraphiteFunction(
    name = "lowest",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series with the lowest aggregate (default average) over the time range. Example:"
            + " lowest(servers.*.threads.busy, 5, 'min')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"average\"")
    })
@GraphiteFunction(
    name = "highestAverage",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series with the highest average. Example: highestAverage(servers.*.load, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
@GraphiteFunction(
    name = "highestCurrent",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series with the highest last non-null value. Example:"
            + " highestCurrent(servers.*.load, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
@GraphiteFunction(
    name = "highestMax",
    group = FunctionGroup.FILTER_SERIES,
    description = "The N series with the highest maximum. Example: highestMax(servers.*.load, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
@GraphiteFunction(
    name = "lowestAverage",
    group = FunctionGroup.FILTER_SERIES,
    description = "The N series with the lowest average. Example: lowestAverage(servers.*.load, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
@GraphiteFunction(
    name = "lowestCurrent",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series with the lowest last non-null value. Example:"
            + " lowestCurrent(servers.*.disk.free, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
public final class Highest implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String name = args.function();
    AggFunc func =
        switch (name) {
          case "highestAverage", "lowestAverage" -> AggFunc.AVERAGE;
          case "highestCurrent", "lowestCurrent" -> AggFunc.LAST;
          case "highestMax" -> AggFunc.MAX;
          default -> PythonValues.aggFunc(args.given("func") ? args.value("func") : "average");
        };
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    List<TimeSeries> sorted =
        PythonValues.sort(
            seriesList, PythonValues.keys(func, seriesList), name.startsWith("highest"));
    // graphite-web's highest() and lowest() default n to 1 although their metadata requires it.
    boolean defaultsN = name.equals("highest") || name.equals("lowest");
    if (!args.given("n") && !defaultsN) {
      throw new EvalException(name + "() missing 1 required positional argument: 'n'");
    }
    Object n = args.given("n") ? args.value("n") : Long.valueOf(1);
    return PythonValues.head(sorted, PythonValues.toInt(name, n));
  }
}
