package dev.charcoal.ingest.statsd;

/** The four kinds of statsd metric, after the type field is read. */
enum MetricType {
  COUNTER,
  TIMER,
  GAUGE,
  SET;

  /**
   * The type field's meaning: {@code ms} and {@code h} are timers, {@code g} gauges, {@code s}
   * sets, and anything else a counter, as etsy counts {@code x:1|z}. etsy also counts DogStatsD's
   * histogram {@code h}, which Charcoal times instead (docs/COMPATIBILITY.md).
   */
  static MetricType of(byte[] b, int from, int to) {
    int length = to - from;
    if (length == 1) {
      return switch (b[from]) {
        case 'g' -> GAUGE;
        case 's' -> SET;
        case 'h' -> TIMER;
        default -> COUNTER;
      };
    }
    return length == 2 && b[from] == 'm' && b[from + 1] == 's' ? TIMER : COUNTER;
  }
}
