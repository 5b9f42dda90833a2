package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.SeriesLists;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Row aggregation computed one series at a time instead of one row at a time: the same operations
 * on each row in the same order (series 0 first), so the results are bit-identical to {@link
 * dev.charcoal.query.eval.Safe}'s, but the values are read as they lie in memory. Over 1,000 series
 * this is several times faster than gathering each row.
 */
final class ColumnWise {
  private static final Set<AggFunc> SUPPORTED =
      EnumSet.of(
          AggFunc.SUM,
          AggFunc.AVERAGE,
          AggFunc.AVG_ZERO,
          AggFunc.MIN,
          AggFunc.MAX,
          AggFunc.RANGE,
          AggFunc.LAST,
          AggFunc.DIFF,
          AggFunc.MULTIPLY,
          AggFunc.COUNT);

  private ColumnWise() {}

  /** Whether {@link #aggregate} can compute {@code func} (median and stddev need whole rows). */
  static boolean supports(AggFunc func) {
    return SUPPORTED.contains(func);
  }

  /**
   * The aggregate of each row, None where the row's non-null share is below the xFilesFactor; a row
   * holds one value per series, None past a series' end (izip_longest).
   */
  static double[] aggregate(AggFunc func, double[][] columns, int length, double xff) {
    int[] counts = new int[length];
    double[] acc = new double[length];
    double[] low = func == AggFunc.RANGE ? new double[length] : null;
    if (func == AggFunc.MIN || func == AggFunc.MAX || func == AggFunc.LAST || low != null) {
      Arrays.fill(acc, Double.NaN);
      if (low != null) {
        Arrays.fill(low, Double.NaN);
      }
    }
    for (int s = 0; s < columns.length; s++) {
      double[] column = columns[s];
      int n = Math.min(length, column.length);
      if (func == AggFunc.MULTIPLY) {
        multiply(acc, column, s == 0, length);
      }
      for (int i = 0; i < n; i++) {
        double v = column[i];
        if (Double.isNaN(v)) {
          continue;
        }
        switch (func) {
          case SUM, AVERAGE, AVG_ZERO -> acc[i] += v;
          case MIN -> acc[i] = Double.isNaN(acc[i]) || v < acc[i] ? v : acc[i];
          case MAX -> acc[i] = Double.isNaN(acc[i]) || v > acc[i] ? v : acc[i];
          case RANGE -> {
            acc[i] = Double.isNaN(acc[i]) || v > acc[i] ? v : acc[i];
            low[i] = Double.isNaN(low[i]) || v < low[i] ? v : low[i];
          }
          case LAST -> acc[i] = v;
          case DIFF -> acc[i] = counts[i] == 0 ? v : acc[i] + -v;
          default -> {}
        }
        counts[i]++;
      }
    }
    double[] out = new double[length];
    for (int i = 0; i < length; i++) {
      if (!SeriesLists.xff(counts[i], columns.length, xff)) {
        out[i] = Double.NaN;
        continue;
      }
      out[i] =
          switch (func) {
            case AVERAGE -> acc[i] / counts[i];
            case AVG_ZERO -> acc[i] / columns.length;
            case RANGE -> acc[i] - low[i];
            case COUNT -> counts[i];
            default -> acc[i];
          };
    }
    return out;
  }

  /** safeMul(*row): the product left to right, None (NaN) when any value is None. */
  private static void multiply(double[] acc, double[] column, boolean first, int length) {
    for (int i = 0; i < length; i++) {
      double v = i < column.length ? column[i] : Double.NaN;
      acc[i] = first ? v : acc[i] * v;
    }
  }
}
