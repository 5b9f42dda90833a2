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
 * {@code sortBy(servers.*.load, 'max', true)}: the series ordered by an aggregate, ascending unless
 * reversed; {@code sortByTotal} is {@code sortBy(x, 'sum', true)} and {@code sortByMaxima} {@code
 * sortBy(x, 'max', true)}. A series without values sorts as -inf; ties keep the input order. Names
 * unchanged.
 */
@GraphiteFunction(
    name = "sortBy",
    group = FunctionGroup.SORTING,
    description =
        "Orders the series by an aggregate, ascending unless reverse. Example:"
            + " sortBy(servers.*.threads.busy, 'max')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"average\""),
      @Param(name = "reverse", type = ParamType.BOOLEAN, defaultValue = "false")
    })
@GraphiteFunction(
    name = "sortByTotal",
    group = FunctionGroup.SORTING,
    description =
        "Orders the series by the sum of their values, largest first. Example:"
            + " sortByTotal(servers.*.requests)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
@GraphiteFunction(
    name = "sortByMaxima",
    group = FunctionGroup.SORTING,
    description =
        "Orders the series by their maximum, largest first. Example:"
            + " sortByMaxima(servers.*.memory.free)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class SortBy implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    AggFunc func;
    boolean reverse = true;
    switch (args.function()) {
      case "sortByTotal" -> func = AggFunc.SUM;
      case "sortByMaxima" -> func = AggFunc.MAX;
      default -> {
        func = PythonValues.aggFunc(args.given("func") ? args.value("func") : "average");
        reverse = args.bool("reverse", false);
      }
    }
    return PythonValues.sort(seriesList, PythonValues.keys(func, seriesList), reverse);
  }
}
