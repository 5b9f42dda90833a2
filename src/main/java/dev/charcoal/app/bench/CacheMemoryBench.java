package dev.charcoal.app.bench;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.MetricCache;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * {@code charcoal bench cache-memory}: fills a cache with {@code metrics × points} points and
 * reports the heap it holds per point, names and map included, measured as the growth of the used
 * heap after full collections.
 */
public final class CacheMemoryBench {
  private CacheMemoryBench() {}

  /** Heap bytes per cached point. */
  public static double bytesPerPoint(int metrics, int points) {
    long before = usedHeapAfterGc();
    MetricCache cache = new MetricCache((long) metrics * points * 2);
    PointBatch batch = new PointBatch(metrics);
    for (int k = 0; k < points; k++) {
      for (int m = 0; m < metrics; m++) {
        batch.add("bench.memory.m" + m, 1_700_000_000L + 10L * k, k);
      }
      cache.add(batch);
      batch.clear();
    }
    long after = usedHeapAfterGc();
    if (cache.size() != (long) metrics * points) {
      throw new IllegalStateException("cache holds " + cache.size() + " points");
    }
    return (double) (after - before) / cache.size();
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      memory.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
