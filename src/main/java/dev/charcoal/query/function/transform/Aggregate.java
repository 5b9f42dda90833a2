package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.AggFunc;
import java.util.Arrays;
import java.util.BitSet;

/**
 * An {@link AggFunc} over a slice of values, with the Python type of its result: graphite-web's
 * aggregations return ints for ints ({@code sum} of ints, {@code min}/{@code max}/{@code last}
 * return one of the values, {@code count} always), floats otherwise.
 */
final class Aggregate {
  private Aggregate() {}

  /** The aggregate of {@code values[from, to)}; NaN for None. */
  static double value(AggFunc func, double[] values, int from, int to) {
    return func.apply(Arrays.copyOfRange(values, from, to));
  }

  /** Whether {@code result}, the aggregate of {@code values[from, to)}, is a Python int. */
  static boolean isInt(
      AggFunc func, double result, double[] values, BitSet ints, int from, int to) {
    if (Double.isNaN(result)) {
      return false;
    }
    return switch (func) {
      case COUNT -> true;
      case SUM, DIFF -> allNonNullInts(values, ints, from, to);
      case MIN, MAX -> ints.get(firstEqual(values, result, from, to));
      case LAST -> ints.get(lastNonNull(values, from, to));
      case MEDIAN -> medianIsInt(values, ints, from, to);
      default -> false;
    };
  }

  private static boolean allNonNullInts(double[] values, BitSet ints, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i]) && !ints.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Python's min()/max() keep the first of equal values. */
  private static int firstEqual(double[] values, double result, int from, int to) {
    for (int i = from; i < to; i++) {
      if (values[i] == result) {
        return i;
      }
    }
    throw new IllegalStateException("result not among the values");
  }

  private static int lastNonNull(double[] values, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Double.isNaN(values[i])) {
        return i;
      }
    }
    throw new IllegalStateException("no value");
  }

  /**
   * An odd count's median is the middle value of Python's stable sort: among the values equal to
   * it, the one at the right rank in input order. An even count's is a float mean.
   */
  private static boolean medianIsInt(double[] values, BitSet ints, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        count++;
      }
    }
    if (count % 2 == 0) {
      return false;
    }
    double median = Aggregate.value(AggFunc.MEDIAN, values, from, to);
    int below = 0;
    for (int i = from; i < to; i++) {
      if (values[i] < median) {
        below++;
      }
    }
    int rank = count / 2 - below;
    for (int i = from; i < to; i++) {
      if (values[i] == median && rank-- == 0) {
        return ints.get(i);
      }
    }
    throw new IllegalStateException("median not among the values");
  }
}
