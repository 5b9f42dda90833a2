package dev.charcoal.store;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.rules.StorageRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The store of a data dir: received points go into the cache (visible to queries at once) and the
 * write-ahead log (durable within its fsync interval); the persister moves them into whisper files.
 * On open, what the log still holds from the last run is replayed into the cache; on close,
 * everything is written and the log released.
 */
public final class MetricStore implements AutoCloseable {
  private final MetricCache cache;
  private final PointLog log;
  private final WhisperFiles files;
  private final Persister persister;
  private final SeriesSource series;
  private final LongAdder received = new LongAdder();
  private boolean closed;

  /** Opens the write-ahead log in a directory, replaying what it holds into the consumer. */
  @FunctionalInterface
  public interface LogOpener {
    PointLog open(Path walDir, Consumer<PointBatch> replay) throws IOException;
  }

  private MetricStore(
      MetricCache cache, PointLog log, WhisperFiles files, Persister persister, SeriesSource s) {
    this.cache = cache;
    this.log = log;
    this.files = files;
    this.persister = persister;
    this.series = s;
  }

  /**
   * Opens the store of {@code dataDir} ({@code whisper/}, {@code wal/}), replays the log and starts
   * the persister.
   */
  public static MetricStore open(
      Path dataDir,
      StorageRules rules,
      StoreOptions options,
      InstantSource clock,
      LogOpener logOpener)
      throws IOException {
    return open(dataDir, rules, options, clock, logOpener, null);
  }

  /**
   * Opens the store as {@link #open(Path, StorageRules, StoreOptions, InstantSource, LogOpener)},
   * telling {@code index} (if not null) every metric the moment it enters the cache, those replayed
   * from the log included, so queries find new metrics before their files exist.
   */
  public static MetricStore open(
      Path dataDir,
      StorageRules rules,
      StoreOptions options,
      InstantSource clock,
      LogOpener logOpener,
      MetricIndex index)
      throws IOException {
    Path whisperRoot = dataDir.resolve("whisper");
    MetricCache cache =
        index == null
            ? new MetricCache(options.maxCachePoints())
            : new MetricCache(options.maxCachePoints(), index::add);
    PointLog log = logOpener.open(dataDir.resolve("wal"), cache::addReplayed);
    WhisperFiles files = new WhisperFiles(whisperRoot, rules, options.maxOpenFiles());
    Persister persister =
        new Persister(
            cache, log, files, clock, options.persistInterval(), options.checkpointInterval());
    persister.start();
    return new MetricStore(
        cache, log, files, persister, new CacheOverWhisper(whisperRoot, cache, rules));
  }

  /** Takes a batch: into the cache first (so the persister's rounds see it), then the log. */
  public void accept(PointBatch batch) {
    received.add(cache.add(batch));
    log.append(batch);
    if (cache.overloaded()) {
      persister.wakeUp();
    }
  }

  public boolean overloaded() {
    return cache.overloaded();
  }

  public void whenRelieved(Runnable action) {
    cache.whenRelieved(action);
  }

  public SeriesSource series() {
    return series;
  }

  public MetricCache cache() {
    return cache;
  }

  public StoreStatus status() {
    return new StoreStatus(
        received.sum(),
        cache.size(),
        cache.metricCount(),
        cache.overloaded(),
        cache.overflowCount(),
        cache.rejectedNames(),
        persister.stats());
  }

  /**
   * Writes every cached point to whisper, releases the log and closes the files. What cannot be
   * written (a full disk) stays in the log for the next start.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      persister.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      log.close();
      files.close();
    }
  }
}
