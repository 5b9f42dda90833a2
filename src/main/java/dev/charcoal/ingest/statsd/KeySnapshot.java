package dev.charcoal.ingest.statsd;

/** One key's data for one flush, copied out under the key's lock; reused by the flush. */
final class KeySnapshot {
  boolean hasCounter;
  double counter;

  boolean hasTimer;

  /** The timer's values, unsorted; only the first {@link #sampleCount} count. */
  double[] samples;

  int sampleCount;

  /** etsy's {@code timer_counters}: the sum of {@code 1 / sampleRate}. */
  double timerCount;

  boolean hasGauge;
  double gauge;

  boolean hasSet;
  int setSize;

  void clear() {
    hasCounter = hasTimer = hasGauge = hasSet = false;
    samples = null;
  }

  /** etsy's {@code numStats} counts each type of each key. */
  int typeCount() {
    return (hasCounter ? 1 : 0) + (hasTimer ? 1 : 0) + (hasGauge ? 1 : 0) + (hasSet ? 1 : 0);
  }
}
