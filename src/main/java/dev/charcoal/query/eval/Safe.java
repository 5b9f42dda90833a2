package dev.charcoal.query.eval;

import java.util.Arrays;

/**
 * graphite-web's {@code functions/safe.py}: aggregations over values where NaN is Python's None and
 * is skipped; NaN comes back where graphite-web returns None (e.g. every value None). Sums run left
 * to right as Python's {@code sum} does, so results match to the last bit.
 */
public final class Safe {
  private Safe() {}

  /** The number of non-None values ({@code safeLen}). */
  public static int count(double[] values) {
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** {@code safeSum}: None when every value is None. */
  public static double sum(double[] values) {
    double sum = 0;
    boolean any = false;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /** {@code safeDiff}: the first non-None value minus the others. */
  public static double diff(double[] values) {
    double result = 0;
    boolean first = true;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        result = first ? v : result + -v;
        first = false;
      }
    }
    return first ? Double.NaN : result;
  }

  /** {@code safeAvg}. */
  public static double average(double[] values) {
    int n = count(values);
    return n == 0 ? Double.NaN : sum(values) / n;
  }

  /** {@code safeAvgZero}: None counts as 0; None only for no values at all. */
  public static double averageZero(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += Double.isNaN(v) ? 0 : v;
    }
    return sum / values.length;
  }

  /** {@code safeMedian}: the mean of the two middle values for an even count. */
  public static double median(double[] values) {
    double[] sorted = nonNull(values);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 0 ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid];
  }

  /** {@code safeStdDev}: the population standard deviation. */
  public static double stddev(double[] values) {
    int n = count(values);
    if (n == 0) {
      return Double.NaN;
    }
    double avg = sum(values) / n;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum = sum + (v - avg) * (v - avg);
      }
    }
    return Math.sqrt(sum / n);
  }

  /** {@code safeMin}. */
  public static double min(double[] values) {
    double min = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && (Double.isNaN(min) || v < min)) {
        min = v;
      }
    }
    return min;
  }

  /** {@code safeMax}. */
  public static double max(double[] values) {
    double max = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
        max = v;
      }
    }
    return max;
  }

  /** {@code safeLast}: the last non-None value. */
  public static double last(double[] values) {
    for (int i = values.length - 1; i >= 0; i--) {
      if (!Double.isNaN(values[i])) {
        return values[i];
      }
    }
    return Double.NaN;
  }

  /** {@code safeMul(*values)}: None when any value is None. */
  public static double multiply(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double product = values[0];
    for (int i = 1; i < values.length; i++) {
      product *= values[i];
    }
    return product;
  }

  /** {@code safeDiv}: None for a None numerator or a zero/None divisor. */
  public static double divide(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
      return Double.NaN;
    }
    return a / b;
  }

  /** {@code safeSubtract}. */
  public static double subtract(double a, double b) {
    return a - b;
  }

  /** {@code safePow}: None where Python's math.pow raises (domain error or overflow). */
  public static double pow(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    double result = Math.pow(a, b);
    if (Double.isNaN(result) || (Double.isInfinite(result) && Double.isFinite(a))) {
      return Double.NaN;
    }
    return result;
  }

  /** The non-None values, in order. */
  public static double[] nonNull(double[] values) {
    double[] out = new double[count(values)];
    int i = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        out[i++] = v;
      }
    }
    return out;
  }
}
