package dev.charcoal.query.function.filter;

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
 * {@code averageOutsidePercentile(servers.*.load, 90)}: drops the series whose average lies
 * strictly between the (100-n)th and nth percentile of all the averages ({@code n} below 50 is read
 * as {@code 100-n}); names unchanged. A series without values makes graphite-web fail comparing
 * None, and so does Charcoal.
 */
@GraphiteFunction(
    name = "averageOutsidePercentile",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose average is outside the middle percentile band of all averages."
            + " Example: averageOutsidePercentile(servers.*.load, 90)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class AverageOutsidePercentile implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    double n = args.number("n");
    double[] averages = new double[seriesList.size()];
    for (int i = 0; i < averages.length; i++) {
      averages[i] = Safe.average(SeriesLists.iterate(seriesList.get(i)));
    }
    if (n < 50) {
      n = 100 - n;
    }
    double low = Percentiles.of(averages, 100 - n);
    double high = Percentiles.of(averages, n);
    List<TimeSeries> kept = new ArrayList<>();
    for (int i = 0; i < averages.length; i++) {
      if (Double.isNaN(low) || Double.isNaN(averages[i])) {
        throw new EvalException(
            "averageOutsidePercentile: " + seriesList.get(i).name() + " has no values to compare");
      }
      if (!(low < averages[i] && averages[i] < high)) {
        kept.add(seriesList.get(i));
      }
    }
    return kept;
  }
}
