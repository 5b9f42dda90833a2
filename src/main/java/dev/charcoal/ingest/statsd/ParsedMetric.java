package dev.charcoal.ingest.statsd;

/**
 * One value of a statsd line as {@link StatsdParser} hands it on. The parser reuses one instance
 * and its byte ranges point into the packet, so it is valid only during the call: nothing is
 * allocated per metric.
 */
final class ParsedMetric {
  MetricType type;

  /** The key as sent, before tags are joined and before sanitising. */
  byte[] keyBytes;

  int keyFrom;
  int keyTo;

  /** The DogStatsD tag text after {@code |#} ({@code a:b,c:d}), or null without tags. */
  byte[] tagBytes;

  int tagFrom;
  int tagTo;

  /** The number (unused for sets). */
  double value;

  /** {@code 1 / sampleRate}: what one value stands for. */
  double inverseRate;

  /** Whether the value starts with {@code +} or {@code -}, which makes a gauge value a delta. */
  boolean signed;

  /** The value's raw text, for sets. */
  byte[] valueBytes;

  int valueFrom;
  int valueTo;

  boolean hasTags() {
    return tagBytes != null;
  }
}
