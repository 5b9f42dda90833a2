package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code percentileOfSeries(servers.*.latency, 95)}: the n-th percentile across the series at each
 * point (nearest rank, or interpolated between ranks with {@code interpolate}), named {@code
 * percentileOfSeries(servers.*.latency,95)} after the first series' path expression and {@code %g}
 * of n.
 */
@GraphiteFunction(
    name = "percentileOfSeries",
    group = FunctionGroup.COMBINE,
    description =
        "The n-th percentile of the series' values at each point; a value one of the series has,"
            + " unless interpolate is true. Example: percentileOfSeries(servers.*.latency, 95)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true),
      @Param(name = "interpolate", type = ParamType.BOOLEAN, defaultValue = "false")
    })
public final class PercentileOfSeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    double n = args.number("n");
    boolean interpolate = args.bool("interpolate", false);
    if (n <= 0) {
      throw new EvalException("The requested percent is required to be greater than 0");
    }
    if (seriesList.isEmpty()) {
      return List.of();
    }
    String name =
        "percentileOfSeries(%s,%s)"
            .formatted(seriesList.get(0).pathExpression(), PythonFormat.g(n));
    SeriesLists.Normalized normalized = SeriesLists.normalize(List.of(seriesList));
    Columns.Column[] columns = new Columns.Column[seriesList.size()];
    int length = 0;
    boolean anyInts = false;
    for (int s = 0; s < columns.length; s++) {
      columns[s] = Columns.of(normalized.series().get(s));
      length = Math.max(length, columns[s].size());
      anyInts |= !columns[s].ints().isEmpty();
    }
    double[] row = new double[columns.length];
    boolean[] rowInts = new boolean[columns.length];
    double[] sorted = new double[columns.length];
    double[] values = new double[length];
    BitSet ints = new BitSet();
    for (int i = 0; i < length; i++) {
      int count = 0;
      for (Columns.Column column : columns) {
        double v = column.get(i);
        if (!Double.isNaN(v)) {
          rowInts[count] = anyInts && column.isInt(i);
          row[count++] = v;
        }
      }
      if (count == 0) {
        values[i] = Double.NaN;
        continue;
      }
      System.arraycopy(row, 0, sorted, 0, count);
      Arrays.sort(sorted, 0, count);
      Pick pick = pick(count, n, interpolate);
      double value = sorted[pick.index()];
      if (pick.next() >= 0) {
        value = value + pick.fraction() * (sorted[pick.next()] - value);
      } else if (anyInts && pickedIsInt(row, rowInts, count, sorted, pick.index())) {
        ints.set(i);
      }
      values[i] = value;
    }
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

  /**
   * Where graphite-web's {@code _getPercentile} (the NIST method) takes the percentile in the
   * sorted values: at {@code index}, or interpolated {@code fraction} of the way to {@code next}
   * ({@code -1} when it does not interpolate).
   */
  record Pick(int index, int next, double fraction) {}

  /** The pick among {@code count} values; n above 100 indexes past the end, an error as there. */
  static Pick pick(int count, double n, boolean interpolate) throws EvalException {
    double fractionalRank = (n / 100.0) * (count + 1);
    long rank = (long) fractionalRank;
    double rankFraction = fractionalRank - rank;
    if (!interpolate) {
      rank += (long) Math.ceil(rankFraction);
    }
    long index = rank == 0 ? 0 : rank - 1 == count ? count - 1 : rank - 1;
    long next = interpolate && rank != count ? rank : -1;
    if (index >= count || next >= count) {
      throw new EvalException("percentileOfSeries: list index out of range (n is above 100)");
    }
    return new Pick((int) index, (int) next, rankFraction);
  }

  /**
   * Whether the value Python's stable sort put at {@code position} is an int: among equal values
   * the sort keeps row order, so it is the k-th of them in the row.
   */
  private static boolean pickedIsInt(
      double[] row, boolean[] rowInts, int count, double[] sorted, int position) {
    double value = sorted[position];
    int first = position;
    while (first > 0 && sorted[first - 1] == value) {
      first--;
    }
    int k = position - first;
    for (int i = 0; i < count; i++) {
      if (row[i] == value && k-- == 0) {
        return rowInts[i];
      }
    }
    return false;
  }
}
