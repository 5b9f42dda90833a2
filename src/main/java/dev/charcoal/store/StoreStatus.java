package dev.charcoal.store;

import java.util.Map;

/**
 * What the status bar and the self metrics show about the store.
 *
 * @param receivedPoints points taken into the cache since start (not counting replayed ones)
 * @param cachedPoints points waiting in the cache ({@code cache.size})
 * @param cachedMetrics metrics with points waiting ({@code cache.queues})
 * @param overloaded whether stream listeners are being held back
 * @param overflow points refused past the cache's hard limit
 * @param rejectedNames names refused because they cannot map to a file, by reason
 * @param persister the persister's counters
 */
public record StoreStatus(
    long receivedPoints,
    long cachedPoints,
    int cachedMetrics,
    boolean overloaded,
    long overflow,
    Map<MetricPath.Reason, Long> rejectedNames,
    PersisterStats persister) {}
