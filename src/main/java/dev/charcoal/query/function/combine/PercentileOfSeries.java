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
    double[] work = new double[columns.length];
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
      Pick pick = pick(count, n, interpolate);
      System.arraycopy(row, 0, work, 0, count);
      int chosen = element(row, count, select(work, count, pick.index()), pick.index());
      values[i] = row[chosen];
      if (pick.next() >= 0) {
        double next =
            pick.next() == pick.index()
                ? values[i]
                : row[element(row, count, minimum(work, pick.next(), count), pick.next())];
        values[i] = values[i] + pick.fraction() * (next - values[i]);
      } else if (rowInts[chosen]) {
        ints.set(i);
      }
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
   * Moves the {@code k}-th smallest of {@code a[0, n)} to {@code a[k]} (Hoare's quickselect) and
   * returns it; everything after it is then no smaller. A full sort per row would cost ten times
   * more over 1,000 series.
   */
  static double select(double[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = a[i];
          a[i++] = a[j];
          a[j--] = swap;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return a[k];
  }

  private static double minimum(double[] a, int from, int to) {
    double min = a[from];
    for (int i = from + 1; i < to; i++) {
      min = Math.min(min, a[i]);
    }
    return min;
  }

  /**
   * The row index of the value Python's stable sort puts at {@code position}, given that value:
   * among equal values (an int and a float, 0.0 and -0.0) the sort keeps row order.
   */
  private static int element(double[] row, int count, double value, int position) {
    int below = 0;
    for (int i = 0; i < count; i++) {
      if (row[i] < value) {
        below++;
      }
    }
    int k = position - below;
    for (int i = 0; i < count; i++) {
      if (row[i] == value && k-- == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no element " + value + " at " + position);
  }
}
