package dev.charcoal.ingest.statsd;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The embedded StatsD's running totals, for the status bar and self metrics.
 *
 * @param packetsReceived datagrams and TCP reads handed to the parser
 * @param metricsReceived non-empty lines (etsy's {@code metrics_received})
 * @param badLines refused values, all reasons ({@code statsd.bad_lines_seen})
 * @param badLinesByReason refused values by {@link BadLine#reason()}, sorted by reason
 * @param keys distinct keys held now
 * @param flushes flushes done
 * @param failedFlushes deliveries the store refused (each retried at the next flush)
 * @param pendingPoints points waiting for the store to accept them
 * @param droppedPoints points given up after {@link StatsdServer#MAX_PENDING_POINTS} piled up
 */
public record StatsdStats(
    long packetsReceived,
    long metricsReceived,
    long badLines,
    Map<String, Long> badLinesByReason,
    int keys,
    long flushes,
    long failedFlushes,
    long pendingPoints,
    long droppedPoints) {
  public StatsdStats {
    badLinesByReason = Collections.unmodifiableMap(new TreeMap<>(badLinesByReason));
  }
}
