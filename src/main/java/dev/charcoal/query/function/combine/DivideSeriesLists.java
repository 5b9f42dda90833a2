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
 * {@code divideSeriesLists(a.*, b.*)}: the i-th dividend divided by the i-th divisor (in list
 * order, not by name), named {@code divideSeries(a.x,b.x)}.
 */
@GraphiteFunction(
    name = "divideSeriesLists",
    group = FunctionGroup.COMBINE,
    description =
        "Divides two equally long lists pairwise: the first series by the first, the second by the"
            + " second... Example: divideSeriesLists(a.{x,y}.errors, a.{x,y}.requests)",
    params = {
      @Param(name = "dividendSeriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "divisorSeriesList", type = ParamType.SERIES_LIST, required = true)
    })
public final class DivideSeriesLists implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> dividends = args.seriesList("dividendSeriesList");
    List<TimeSeries> divisors = args.seriesList("divisorSeriesList");
    if (dividends.size() != divisors.size()) {
      throw new EvalException(
          "dividendSeriesList and divisorSeriesList argument must have equal length");
    }
    List<TimeSeries> results = new ArrayList<>(dividends.size());
    for (int i = 0; i < dividends.size(); i++) {
      results.add(DivideSeries.quotient(dividends.get(i), divisors.get(i), context));
    }
    return results;
  }
}
