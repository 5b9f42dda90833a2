package dev.charcoal.store;

/**
 * Points of one metric taken from the cache, in arrival order: {@code timestamps[i], values[i]} for
 * {@code i < count}. The arrays may be longer than {@code count}.
 */
public record CachedPoints(String metric, long[] timestamps, double[] values, int count) {
  static CachedPoints empty(String metric) {
    return new CachedPoints(metric, new long[0], new double[0], 0);
  }
}
