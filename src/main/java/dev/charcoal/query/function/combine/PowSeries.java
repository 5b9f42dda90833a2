package dev.charcoal.query.function.combine;

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
import java.util.BitSet;
import java.util.List;

/**
 * {@code powSeries(a, b, c)}: at each point the first series' value raised to the second's, that to
 * the third's, and so on (None where any is None or the power is undefined), named {@code
 * powSeries(a,b,c)} after the series names.
 */
@GraphiteFunction(
    name = "powSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Raises the first series to the power of the second, point by point, then to the third..."
            + " Example: powSeries(app.base, app.exponent)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true, multiple = true)
    })
public final class PowSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    SeriesLists.Normalized normalized = SeriesLists.normalize(args.seriesLists("seriesList"));
    List<TimeSeries> all = normalized.series();
    List<Columns.Column> columns = new ArrayList<>(all.size());
    List<String> names = new ArrayList<>(all.size());
    int length = 0;
    for (TimeSeries series : all) {
      Columns.Column column = Columns.of(series);
      columns.add(column);
      names.add(series.name());
      length = Math.max(length, column.size());
    }
    double[] values = new double[length];
    BitSet ints = new BitSet();
    for (int i = 0; i < length; i++) {
      double value = columns.get(0).get(i);
      for (int s = 1; s < columns.size(); s++) {
        value = Safe.pow(value, columns.get(s).get(i));
      }
      values[i] = value;
      // math.pow always gives a float; a lone series' value is passed through as it is.
      if (columns.size() == 1 && columns.get(0).isInt(i)) {
        ints.set(i);
      }
    }
    String name = "powSeries(" + String.join(",", names) + ")";
    return List.of(
        TimeSeries.of(
                name,
                name,
                normalized.start(),
                normalized.end(),
                normalized.step(),
                values,
                context.xFilesFactor())
            .withValues(values, ints));
  }
}
