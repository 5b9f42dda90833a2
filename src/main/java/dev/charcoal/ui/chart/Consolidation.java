package dev.charcoal.ui.chart;

import java.util.Locale;

/**
 * Fits a series into a number of points as graphite-web's renderer does ({@code
 * TimeSeries.consolidate}): every {@code ceil(n / maxPoints)} consecutive values become one, by the
 * series' consolidation function; a bucket whose share of non-missing values is below the series'
 * xFilesFactor becomes missing. The last bucket may be partial.
 */
public final class Consolidation {
  private Consolidation() {}

  /** How many values make one point so that {@code size} values fit in {@code maxPoints}. */
  public static int valuesPerPoint(int size, int maxPoints) {
    if (maxPoints <= 0) {
      throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
    }
    return Math.max(1, (size + maxPoints - 1) / maxPoints);
  }

  /**
   * The values consolidated {@code perPoint} to one.
   *
   * @param function graphite's name: {@code average} (or {@code avg}), {@code sum}, {@code min},
   *     {@code max}, {@code first}, {@code last}, {@code avg_zero}; unknown names average
   * @param xFilesFactor the share (0..1) of a bucket that must be present
   */
  public static double[] consolidate(
      double[] values, int perPoint, String function, double xFilesFactor) {
    if (perPoint <= 1) {
      return values;
    }
    Function f = Function.of(function);
    int points = (values.length + perPoint - 1) / perPoint;
    double[] out = new double[points];
    for (int p = 0; p < points; p++) {
      int from = p * perPoint;
      int to = Math.min(values.length, from + perPoint);
      out[p] = bucket(values, from, to, f, xFilesFactor);
    }
    return out;
  }

  private enum Function {
    AVERAGE,
    SUM,
    MIN,
    MAX,
    FIRST,
    LAST,
    AVG_ZERO;

    static Function of(String name) {
      return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
        case "sum" -> SUM;
        case "min" -> MIN;
        case "max" -> MAX;
        case "first" -> FIRST;
        case "last" -> LAST;
        case "avg_zero" -> AVG_ZERO;
        default -> AVERAGE;
      };
    }
  }

  private static double bucket(double[] values, int from, int to, Function f, double xff) {
    int present = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double first = Double.NaN;
    double last = Double.NaN;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (present == 0) {
        first = v;
      }
      present++;
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      last = v;
    }
    int size = to - from;
    // graphite: a bucket with no values, or too few for the xFilesFactor, is None
    if (present == 0 || (double) present / size < xff) {
      return Double.NaN;
    }
    return switch (f) {
      case AVERAGE -> sum / present;
      case SUM -> sum;
      case MIN -> min;
      case MAX -> max;
      case FIRST -> first;
      case LAST -> last;
      case AVG_ZERO -> sum / size;
    };
  }
}
