package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code divideSeries(a.*, b)}: each dividend divided point by point by the one divisor series
 * (None where the divisor is 0 or None), named {@code divideSeries(a.x,b)}; the pair is first
 * consolidated to a common step. With no divisor series at all, each dividend becomes all None,
 * named {@code divideSeries(a.x,MISSING)}.
 */
@GraphiteFunction(
    name = "divideSeries",
    group = FunctionGroup.COMBINE,
    description =
        "Divides each series by a single divisor series, point by point; null where the divisor is"
            + " zero or null. Example: divideSeries(app.errors, app.requests)",
    params = {
      @Param(name = "dividendSeriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "divisorSeries", type = ParamType.SERIES_LIST, required = true)
    })
public final class DivideSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> dividends = args.seriesList("dividendSeriesList");
    List<TimeSeries> divisors = args.seriesList("divisorSeries");
    List<TimeSeries> results = new ArrayList<>(dividends.size());
    if (divisors.isEmpty()) {
      // graphite-web blanks the dividends in place: name and pathExpression change, tags do not.
      for (TimeSeries series : dividends) {
        double[] none = new double[series.size()];
        Arrays.fill(none, Double.NaN);
        String name = "divideSeries(" + series.name() + ",MISSING)";
        results.add(series.withName(name).withPathExpression(name).withValues(none));
      }
      return results;
    }
    if (divisors.size() > 1) {
      throw new EvalException(
          "divideSeries second argument must reference exactly 1 series (got %d)"
              .formatted(divisors.size()));
    }
    for (TimeSeries dividend : dividends) {
      results.add(quotient(dividend, divisors.get(0), context));
    }
    return results;
  }

  /** One dividend over one divisor, both consolidated to their common step. */
  static TimeSeries quotient(TimeSeries dividend, TimeSeries divisor, EvalContext context)
      throws EvalException {
    Consolidations state = new Consolidations();
    SeriesLists.Normalized window = state.normalize(List.of(dividend, divisor));
    Columns.Column a = state.column(dividend);
    Columns.Column b = state.column(divisor);
    double[] values = new double[Math.max(a.size(), b.size())];
    for (int i = 0; i < values.length; i++) {
      double divisorValue = b.get(i);
      values[i] = divisorValue == 0 ? Double.NaN : a.get(i) / divisorValue;
    }
    String name = "divideSeries(" + dividend.name() + "," + divisor.name() + ")";
    return TimeSeries.of(
        name, name, window.start(), window.end(), window.step(), values, context.xFilesFactor());
  }
}
