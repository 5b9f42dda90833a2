package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.AggFunc;

/**
 * Whether an aggregation of a row that holds Python ints gives an int, as Python's arithmetic does:
 * sums and differences of ints only, and the element min, max, last or an odd-sized median picks;
 * averages, products and ranges convert to float.
 */
final class IntRows {
  private IntRows() {}

  static boolean isInt(AggFunc func, double[] row, boolean[] ints) {
    return switch (func) {
      case SUM, DIFF -> allNonNullInts(row, ints);
      case MIN, MAX -> ints[firstEqual(row, func.apply(row))];
      case LAST -> ints[lastNonNull(row)];
      case MEDIAN -> medianIsInt(row, ints);
      default -> false;
    };
  }

  private static boolean allNonNullInts(double[] row, boolean[] ints) {
    for (int i = 0; i < row.length; i++) {
      if (!Double.isNaN(row[i]) && !ints[i]) {
        return false;
      }
    }
    return true;
  }

  /** Python's min/max return the first of equal candidates. */
  private static int firstEqual(double[] row, double value) {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == value) {
        return i;
      }
    }
    throw new IllegalStateException("no element equals " + value);
  }

  private static int lastNonNull(double[] row) {
    for (int i = row.length - 1; i >= 0; i--) {
      if (!Double.isNaN(row[i])) {
        return i;
      }
    }
    throw new IllegalStateException("no value");
  }

  /** An odd count's median is an element: the middle one of a stable sort. */
  private static boolean medianIsInt(double[] row, boolean[] ints) {
    Integer[] order =
        java.util.stream.IntStream.range(0, row.length)
            .filter(i -> !Double.isNaN(row[i]))
            .boxed()
            .sorted((a, b) -> row[a] < row[b] ? -1 : row[a] > row[b] ? 1 : 0)
            .toArray(Integer[]::new);
    return order.length % 2 == 1 && ints[order[order.length / 2]];
  }
}
