package dev.charcoal.api.metrics;

import java.util.List;

/**
 * The time intervals a leaf metric holds data for, as {@code /metrics/find?format=json} prints them
 * (graphite-web's whisper reader: from now minus the file's retention to its last modification, in
 * float seconds).
 */
@FunctionalInterface
public interface LeafIntervals {
  /** No intervals for any metric. */
  LeafIntervals NONE = metric -> List.of();

  /** One interval, epoch seconds. */
  record Interval(double start, double end) {}

  /** The intervals of {@code metric}; empty when unknown. */
  List<Interval> of(String metric);
}
