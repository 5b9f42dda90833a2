package dev.charcoal.store;

import java.time.Duration;

/**
 * How the store runs; {@link #defaults()} suits a laptop.
 *
 * @param maxCachePoints points the cache holds before stream listeners are asked to wait (at about
 *     30 bytes a point, the default 5,000,000 is some 150 MB)
 * @param persistInterval how long points gather in the cache between persister rounds
 * @param checkpointInterval how often the write-ahead log is rolled and written segments released
 * @param maxOpenFiles whisper files the persister keeps mapped
 */
public record StoreOptions(
    long maxCachePoints, Duration persistInterval, Duration checkpointInterval, int maxOpenFiles) {
  public static final long DEFAULT_MAX_CACHE_POINTS = 5_000_000;

  public StoreOptions {
    if (maxCachePoints <= 0 || maxOpenFiles <= 0) {
      throw new IllegalArgumentException("cache size and open files must be positive");
    }
  }

  public static StoreOptions defaults() {
    return new StoreOptions(
        DEFAULT_MAX_CACHE_POINTS, Duration.ofSeconds(1), Duration.ofSeconds(30), 4096);
  }

  public StoreOptions withMaxCachePoints(long points) {
    return new StoreOptions(points, persistInterval, checkpointInterval, maxOpenFiles);
  }

  public StoreOptions withPersistInterval(Duration interval) {
    return new StoreOptions(maxCachePoints, interval, checkpointInterval, maxOpenFiles);
  }

  public StoreOptions withCheckpointInterval(Duration interval) {
    return new StoreOptions(maxCachePoints, persistInterval, interval, maxOpenFiles);
  }
}
