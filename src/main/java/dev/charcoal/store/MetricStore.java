package dev.charcoal.store;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.rules.StorageRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The store of a data dir: received points go into the cache (visible to queries at once) and the
 * write-ahead log (durable within its fsync interval); the persister moves them into whisper files.
 * On open, what the log still holds from the last run is replayed into the cache; on close,
 * everything is written and the log released. Metrics can be {@link #delete deleted} while it runs.
 */
public final class MetricStore implements AutoCloseable {
  private final MetricCache cache;
  private final PointLog log;
  private final WhisperFiles files;
  private final Persister persister;
  private final SeriesSource series;
  private final Path whisperRoot;
  private final StorageRules rules;
  private final InstantSource clock;
  private final MetricIndex index;
  private final LongAdder received = new LongAdder();
  private boolean closed;

  /** Opens the write-ahead log in a directory, replaying what it holds into the consumer. */
  @FunctionalInterface
  public interface LogOpener {
    PointLog open(Path walDir, Consumer<PointBatch> replay) throws IOException;
  }

  private MetricStore(
      MetricCache cache,
      PointLog log,
      WhisperFiles files,
      Persister persister,
      Path whisperRoot,
      StorageRules rules,
      InstantSource clock,
      MetricIndex index) {
    this.cache = cache;
    this.log = log;
    this.files = files;
    this.persister = persister;
    this.series = new CacheOverWhisper(whisperRoot, cache, rules);
    this.whisperRoot = whisperRoot;
    this.rules = rules;
    this.clock = clock;
    this.index = index;
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
    return new MetricStore(cache, log, files, persister, whisperRoot, rules, clock, index);
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

  /**
   * Deletes metrics (as the index names them; tagged ones in any spelling) while the store runs:
   * their points waiting in the cache, their whisper files, the directories that leaves empty under
   * {@code whisper/}, and their names in the index given to {@link #open} (the tag index's too).
   * The persister runs it between two writes, so no write goes to a deleted file and no pending
   * create makes one again. A file that cannot be deleted (permission denied) is reported in the
   * result and its metric stays; the others are deleted all the same. Points received later create
   * a metric again, as for any new metric.
   *
   * <p>The write-ahead log is not rewritten: points of these metrics it logged since its last
   * checkpoint would be replayed after a crash and make the files again. The persister checkpoints
   * every 30 s; call {@link #checkpoint()} after deleting to close that window at once. The tagged
   * names file ({@code _tagged/series-names.txt}) keeps a deleted series' name until the next
   * start, which drops names without a file.
   *
   * @throws IOException the store is closed
   */
  public DeleteReport delete(Collection<String> metrics) throws IOException, InterruptedException {
    List<String> names = List.copyOf(metrics);
    return persister.call(() -> MetricDeletion.run(names, whisperRoot, cache, files, index));
  }

  /**
   * Checkpoints at once and waits for it: returns true once every point logged before the call is
   * in synced whisper files and the write-ahead log has forgotten it (so deleted metrics cannot
   * come back from it); false if that could not be done now (a failed write, which later
   * checkpoints retry) or the store closed.
   */
  public boolean checkpoint() throws InterruptedException {
    return persister.checkpoint();
  }

  /**
   * What is known of a metric's file: its layout and newest point, the layout it will have if it is
   * only in the cache so far, or why it cannot be read; empty for a name with no file and no points
   * waiting. Reads the file's header and up to one archive per call; any thread.
   */
  public Optional<MetricFile> describe(String metric) {
    try {
      if (MetricPaths.of(metric) instanceof MetricPath.Mapped mapped) {
        String name = mapped.name().normalized();
        return FileInspection.describe(
            name,
            mapped.under(whisperRoot),
            cache.pointCount(name),
            rules,
            clock.instant().getEpochSecond());
      }
    } catch (IllegalArgumentException unmappable) {
      // a name this platform cannot store has no file
    }
    return Optional.empty();
  }

  /** Whether the metric's whisper file exists (not whether it is readable). */
  public boolean hasFile(String metric) {
    try {
      return MetricPaths.of(metric) instanceof MetricPath.Mapped mapped
          && Files.exists(mapped.under(whisperRoot));
    } catch (IllegalArgumentException unmappable) {
      return false;
    }
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
