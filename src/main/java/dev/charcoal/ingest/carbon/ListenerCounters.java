package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.RejectCounters;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one carbon listener did since it was made: points delivered to the sink, connections open
 * now, refusals by reason, and the last refusal in words. Thread-safe. Counts are cumulative; a
 * self-metrics reporter that wants carbon's per-interval values subtracts two snapshots.
 */
public final class ListenerCounters {
  /** Carbon logs at most 400 characters of a bad line; we keep as many bytes or characters. */
  private static final int MAX_SAMPLE_BYTES = 400;

  private final String listener;
  private final LongAdder metricsReceived = new LongAdder();
  private final AtomicInteger activeConnections = new AtomicInteger();
  private final RejectCounters rejects = new RejectCounters();
  private volatile String lastReject;

  public ListenerCounters(String listener) {
    this.listener = listener;
  }

  /** The listener's name, e.g. {@code carbon-tcp}. */
  public String listener() {
    return listener;
  }

  /** Points delivered to the sink: carbon's {@code metricsReceived}. */
  public long metricsReceived() {
    return metricsReceived.sum();
  }

  /** Connections open now: carbon's {@code activeConnections} (always 0 for UDP). */
  public int activeConnections() {
    return activeConnections.get();
  }

  /** Refusals by reason label ({@link RejectReason#label()}). */
  public RejectCounters rejects() {
    return rejects;
  }

  /**
   * The last refusal, e.g. {@code carbon-tcp: too-many-fields from 127.0.0.1:40312: "a 1 2 3"}, or
   * null if nothing was refused.
   */
  public String lastReject() {
    return lastReject;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        listener, metricsReceived(), activeConnections(), rejects.snapshot(), lastReject);
  }

  void received(int points) {
    metricsReceived.add(points);
  }

  void connectionOpened() {
    activeConnections.incrementAndGet();
  }

  void connectionClosed() {
    activeConnections.decrementAndGet();
  }

  void reject(RejectReason reason, Object peer, String sample) {
    rejects.count(reason.label());
    StringBuilder message = new StringBuilder(listener).append(": ").append(reason.label());
    if (peer != null) {
      message.append(" from ").append(peer);
    }
    if (sample != null) {
      message.append(": \"").append(sample).append('"');
    }
    lastReject = message.toString();
  }

  /** The start of the bytes {@code [from, to)} for a message: at most what carbon logs. */
  static String sample(byte[] b, int from, int to) {
    int end = Math.min(to, from + MAX_SAMPLE_BYTES);
    String text = new String(b, from, end - from, StandardCharsets.UTF_8);
    return end < to ? text + "..." : text;
  }

  /** The start of {@code text} for a message. */
  static String sample(String text) {
    return text.length() > MAX_SAMPLE_BYTES ? text.substring(0, MAX_SAMPLE_BYTES) + "..." : text;
  }

  /** The counters at one moment. */
  public record Snapshot(
      String listener,
      long metricsReceived,
      int activeConnections,
      Map<String, Long> rejects,
      String lastReject) {}
}
