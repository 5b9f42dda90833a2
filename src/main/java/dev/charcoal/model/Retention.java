package dev.charcoal.model;

/**
 * One archive's resolution and length: {@code secondsPerPoint × points} seconds of data, for
 * example {@code 10s:6h} = 10 s × 2160 points.
 */
public record Retention(long secondsPerPoint, long points) {
  public Retention {
    if (secondsPerPoint <= 0 || points <= 0) {
      throw new IllegalArgumentException(
          "secondsPerPoint and points must be positive: " + secondsPerPoint + ":" + points);
    }
  }

  /** How many seconds the archive spans. */
  public long retentionSeconds() {
    return secondsPerPoint * points;
  }

  @Override
  public String toString() {
    return secondsPerPoint + ":" + points;
  }
}
