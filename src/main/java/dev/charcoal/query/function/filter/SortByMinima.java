package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sortByMinima(servers.*.memory.free)}: the series whose maximum is above 0, ordered by
 * their minimum, smallest first (ties keep the input order); names unchanged.
 */
@GraphiteFunction(
    name = "sortByMinima",
    group = FunctionGroup.SORTING,
    description =
        "Orders the series with a positive maximum by their minimum, smallest first. Example:"
            + " sortByMinima(servers.*.memory.free)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class SortByMinima implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> positive = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      if (Safe.max(SeriesLists.iterate(series)) > 0) {
        positive.add(series);
      }
    }
    return PythonValues.sort(positive, PythonValues.keys(AggFunc.MIN, positive), false);
  }
}
