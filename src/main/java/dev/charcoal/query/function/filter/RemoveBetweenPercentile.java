package dev.charcoal.query.function.filter;

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
import java.util.List;

/**
 * {@code removeBetweenPercentile(servers.*.load, 95)}: keeps the series that at some moment lie
 * outside the band between the (100-n)th and nth percentile of all series at that moment ({@code n}
 * below 50 is read as {@code 100-n}); names unchanged. As in graphite-web, a None value cannot be
 * compared (an error), and series longer than the shortest one run past the band (an error).
 */
@GraphiteFunction(
    name = "removeBetweenPercentile",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series that leave the middle percentile band of all series at some point."
            + " Example: removeBetweenPercentile(servers.*.load, 95)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class RemoveBetweenPercentile implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    double n = args.number("n");
    if (n < 50) {
      n = 100 - n;
    }
    double[][] rows = new double[seriesList.size()][];
    int columns = Integer.MAX_VALUE;
    for (int s = 0; s < rows.length; s++) {
      rows[s] = SeriesLists.iterate(seriesList.get(s));
      columns = Math.min(columns, rows[s].length);
    }
    if (rows.length == 0) {
      return List.of();
    }
    // zip(*seriesList): one column per moment, as long as the shortest series.
    double[] low = new double[columns];
    double[] high = new double[columns];
    double[] column = new double[rows.length];
    for (int i = 0; i < columns; i++) {
      for (int s = 0; s < rows.length; s++) {
        column[s] = rows[s][i];
      }
      low[i] = Percentiles.of(column, 100 - n);
      high[i] = Percentiles.of(column, n);
    }
    List<TimeSeries> kept = new ArrayList<>();
    for (int s = 0; s < rows.length; s++) {
      boolean outside = false;
      for (int i = 0; i < rows[s].length; i++) {
        if (i >= columns) {
          throw new EvalException(
              "removeBetweenPercentile: the series differ in length (list index out of range)");
        }
        double value = rows[s][i];
        if (Double.isNaN(low[i]) || Double.isNaN(value)) {
          throw new EvalException(
              "removeBetweenPercentile: " + seriesList.get(s).name() + " has a None value");
        }
        outside |= !(low[i] < value && value < high[i]);
      }
      if (outside) {
        kept.add(seriesList.get(s));
      }
    }
    return kept;
  }
}
