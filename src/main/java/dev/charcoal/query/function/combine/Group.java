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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code group(a.*, b)}: the lists joined into one, unchanged and in order, for functions that take
 * a single list.
 */
@GraphiteFunction(
    name = "group",
    group = FunctionGroup.COMBINE,
    description =
        "Joins several series lists into one, so a function taking one list can take them all."
            + " Example: cactiStyle(group(metricA, metricB))",
    params = {@Param(name = "seriesLists", type = ParamType.SERIES_LIST, multiple = true)})
public final class Group implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> joined = new ArrayList<>();
    args.seriesLists("seriesLists").forEach(joined::addAll);
    return joined;
  }
}
