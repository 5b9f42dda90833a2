package dev.charcoal.ingest;

import dev.charcoal.model.PointBatch;

/**
 * Where every listener delivers what it received: carbon's decoders, the statsd flush and the
 * self-metrics reporter. The store behind it makes each point visible to queries at once and
 * durable within the write-ahead log's fsync interval.
 *
 * <p>{@link #accept} copies the batch and returns quickly; it may be called from several threads.
 * It never blocks for long: when the store is over its cache limit it says so through {@link
 * #overloaded()}, and stream listeners (TCP) stop reading until {@link #whenRelieved} calls back.
 * Datagram listeners cannot push back; they keep delivering.
 */
public interface MetricSink {
  void accept(PointBatch batch);

  /** Whether the store is above its cache limit and would like senders to wait. */
  default boolean overloaded() {
    return false;
  }

  /**
   * Runs {@code action} once the store is back under its low watermark (at once if it already is).
   * The action runs on a store thread and must only schedule work, not do it.
   */
  default void whenRelieved(Runnable action) {
    action.run();
  }
}
