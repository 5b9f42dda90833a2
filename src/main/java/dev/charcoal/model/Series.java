package dev.charcoal.model;

/**
 * A fetched series: {@code values[i]} is the value of the interval starting at {@code start + i ×
 * step}, NaN where there is no data, and {@code end = start + values.length × step}, as
 * graphite-web's {@code (start, end, step), values}.
 */
public record Series(String name, long start, long end, long step, double[] values) {
  public Series {
    if (step <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
    if (end - start != step * values.length) {
      throw new IllegalArgumentException(
          "[" + start + ", " + end + ") at " + step + " s does not hold " + values.length);
    }
  }
}
