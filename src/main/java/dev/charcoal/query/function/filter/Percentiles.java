package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.Safe;
import java.util.Arrays;

/**
 * graphite-web's {@code _getPercentile} (the NIST method, no interpolation): the value at rank
 * {@code ceil(n/100 × (count + 1))} of the sorted non-None values, clamped to the first and last;
 * NaN (None) when there are none. Indexes as Python does, so a percentile above 100 or below 0 can
 * wrap around or fail like graphite-web's.
 */
final class Percentiles {
  private Percentiles() {}

  /**
   * The {@code n}th percentile of {@code values} (NaN = None).
   *
   * @throws EvalException where graphite-web's list index is out of range
   */
  static double of(double[] values, double n) throws EvalException {
    double[] sorted = Safe.nonNull(values);
    Arrays.sort(sorted);
    return ofSorted(sorted, n);
  }

  /** The same over values already sorted, without None. */
  static double ofSorted(double[] sorted, double n) throws EvalException {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double fractionalRank = (n / 100.0) * (sorted.length + 1);
    long rank = (long) fractionalRank;
    rank += (long) Math.ceil(fractionalRank - rank);
    if (rank == 0) {
      return sorted[0];
    }
    if (rank - 1 == sorted.length) {
      return sorted[sorted.length - 1];
    }
    long index = rank - 1 < 0 ? rank - 1 + sorted.length : rank - 1;
    if (index < 0 || index >= sorted.length) {
      throw new EvalException("percentile " + n + ": list index out of range");
    }
    return sorted[(int) index];
  }
}
