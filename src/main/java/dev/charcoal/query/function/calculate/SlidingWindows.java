package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/**
 * Fast paths of {@link MovingWindow} for its most used functions, with results identical to
 * applying the function to each window's non-null values as graphite-web does.
 *
 * <p>A moving sum cannot be kept incrementally: Python adds each window's values left to right
 * afresh, and a running total would round differently. What can be saved is the waiting: the sums
 * of neighbouring windows are independent chains, so {@link #LANES} of them advance side by side
 * and the CPU overlaps their additions. Nulls are added as {@code +0.0}, which changes no sum that
 * starts at Python's {@code 0}. Minimum and maximum keep a monotonic queue (O(1) a point), the
 * first of equal values in front, as Python's {@code min()}/{@code max()} return it; medians a
 * sorted window.
 */
final class SlidingWindows {
  private static final int LANES = 4;

  private SlidingWindows() {}

  /**
   * {@code sum} or {@code average} of each window of {@code points} values before each point from
   * {@code points} on, into {@code out}; a sum of ints only is marked in {@code integers}.
   */
  static void sums(
      TimeSeries series, int points, boolean average, double xff, double[] out, BitSet integers) {
    double[] in = series.values();
    int n = in.length;
    double[] zeroed = new double[n];
    int[] nonNullBefore = new int[n + 1];
    int[] floatsBefore = new int[n + 1];
    for (int i = 0; i < n; i++) {
      boolean present = !Double.isNaN(in[i]);
      zeroed[i] = present ? in[i] : 0.0;
      nonNullBefore[i + 1] = nonNullBefore[i] + (present ? 1 : 0);
      floatsBefore[i + 1] = floatsBefore[i] + (present && !series.isInteger(i) ? 1 : 0);
    }
    int i = points;
    for (; i + LANES <= n; i += LANES) {
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int j = i - points; j < i; j++) {
        s0 += zeroed[j];
        s1 += zeroed[j + 1];
        s2 += zeroed[j + 2];
        s3 += zeroed[j + 3];
      }
      finishSum(i, s0, points, average, xff, nonNullBefore, floatsBefore, out, integers);
      finishSum(i + 1, s1, points, average, xff, nonNullBefore, floatsBefore, out, integers);
      finishSum(i + 2, s2, points, average, xff, nonNullBefore, floatsBefore, out, integers);
      finishSum(i + 3, s3, points, average, xff, nonNullBefore, floatsBefore, out, integers);
    }
    for (; i < n; i++) {
      double sum = 0;
      for (int j = i - points; j < i; j++) {
        sum += zeroed[j];
      }
      finishSum(i, sum, points, average, xff, nonNullBefore, floatsBefore, out, integers);
    }
  }

  private static void finishSum(
      int i,
      double sum,
      int points,
      boolean average,
      double xff,
      int[] nonNullBefore,
      int[] floatsBefore,
      double[] out,
      BitSet integers) {
    int nonNull = nonNullBefore[i] - nonNullBefore[i - points];
    if (nonNull == 0 || !SeriesLists.xff(nonNull, points, xff)) {
      out[i - points] = Double.NaN;
    } else if (average) {
      out[i - points] = sum / nonNull;
    } else {
      out[i - points] = sum;
      if (floatsBefore[i] == floatsBefore[i - points]) {
        integers.set(i - points);
      }
    }
  }

  /** {@code min} or {@code max} of each window, as {@link #sums}. */
  static void extremes(
      TimeSeries series, int points, boolean max, double xff, double[] out, BitSet integers) {
    double[] in = series.values();
    int n = in.length;
    int[] queue = new int[n]; // indexes of non-null values, best first, ties in input order
    int head = 0;
    int tail = 0;
    int nonNull = 0;
    for (int i = 0; i < n; i++) {
      if (i >= points) {
        if (i - points - 1 >= 0 && !Double.isNaN(in[i - points - 1])) {
          nonNull--;
        }
        while (head < tail && queue[head] < i - points) {
          head++;
        }
        if (nonNull > 0 && SeriesLists.xff(nonNull, points, xff)) {
          out[i - points] = in[queue[head]];
          if (series.isInteger(queue[head])) {
            integers.set(i - points);
          }
        } else {
          out[i - points] = Double.NaN;
        }
      }
      double v = in[i];
      if (!Double.isNaN(v)) {
        nonNull++;
        while (head < tail && (max ? in[queue[tail - 1]] < v : in[queue[tail - 1]] > v)) {
          tail--;
        }
        queue[tail++] = i;
      }
    }
  }

  /**
   * {@code median} of each window, as {@link #sums}: the window's non-null values are kept sorted
   * (ties in input order, as Python's stable sort leaves them), one insertion and one removal a
   * point instead of a sort.
   */
  static void medians(TimeSeries series, int points, double xff, double[] out, BitSet integers) {
    double[] in = series.values();
    int n = in.length;
    int capacity = Math.min(points, n) + 1; // the window, and the next value before one leaves
    double[] sorted = new double[capacity];
    int[] origin = new int[capacity];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (i >= points) {
        int leaving = i - points - 1;
        if (leaving >= 0 && !Double.isNaN(in[leaving])) {
          // The oldest value is the first of its equals.
          int at = lowerBound(sorted, size, in[leaving]);
          System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
          System.arraycopy(origin, at + 1, origin, at, size - at - 1);
          size--;
        }
        if (size > 0 && SeriesLists.xff(size, points, xff)) {
          int mid = size / 2;
          if (size % 2 == 1) {
            out[i - points] = in[origin[mid]];
            if (series.isInteger(origin[mid])) {
              integers.set(i - points);
            }
          } else {
            out[i - points] = (in[origin[mid - 1]] + in[origin[mid]]) / 2;
          }
        } else {
          out[i - points] = Double.NaN;
        }
      }
      if (!Double.isNaN(in[i])) {
        // The newest value goes after its equals.
        int at = upperBound(sorted, size, in[i]);
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        System.arraycopy(origin, at, origin, at + 1, size - at);
        sorted[at] = in[i];
        origin[at] = i;
        size++;
      }
    }
  }

  /** The first position whose value is not below {@code value} (-0.0 equals 0.0, as in Python). */
  private static int lowerBound(double[] sorted, int size, double value) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The first position whose value is above {@code value}. */
  private static int upperBound(double[] sorted, int size, double value) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
