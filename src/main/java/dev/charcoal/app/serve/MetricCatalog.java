package dev.charcoal.app.serve;

import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TaggedNamesFile;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.index.WhisperTreeScan;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The metric and tag indexes of a data dir's {@code whisper/} tree, filled by a scan of the tree.
 * The tag index records new tagged names in {@code whisper/_tagged/series-names.txt}, because
 * carbon's hashed file names cannot be read back into names.
 *
 * <p>The scan may run in the background while the indexes are live (the store adds every metric it
 * receives): queries meanwhile see the files scanned so far and the live metrics. Indexing 100,000
 * files takes 0.5–2 s, which the desktop app's window does not wait for.
 */
public final class MetricCatalog implements Closeable {
  private static final String SCAN_THREAD = "charcoal-index";

  private final Path whisperRoot;
  private final TaggedNamesFile names;
  private final MemoryTagIndex tags;
  private final TreeMetricIndex metrics;
  private final CompletableFuture<Void> scanned = new CompletableFuture<>();
  private Thread scanner;

  private MetricCatalog(Path whisperRoot, TaggedNamesFile names) {
    this.whisperRoot = whisperRoot;
    this.names = names;
    this.tags = new MemoryTagIndex(names);
    this.metrics = new TreeMetricIndex(tags);
  }

  /**
   * Scans {@code whisperRoot} before returning.
   *
   * @param readOnly for tools beside a running server: never rewrite the tagged names file
   * @param err where problems found by the scan are reported
   * @throws IOException the tagged names file cannot be read or rewritten
   */
  public static MetricCatalog open(Path whisperRoot, boolean readOnly, PrintStream err)
      throws IOException {
    Path namesPath = whisperRoot.resolve(TaggedNamesFile.DEFAULT_LOCATION);
    MetricCatalog catalog =
        new MetricCatalog(
            whisperRoot,
            readOnly ? TaggedNamesFile.readOnly(namesPath) : TaggedNamesFile.at(namesPath));
    catalog.scan(err);
    return catalog;
  }

  /** Empty indexes over {@code whisperRoot}, to be filled by {@link #scan} or the store. */
  public static MetricCatalog unscanned(Path whisperRoot) {
    return new MetricCatalog(
        whisperRoot, TaggedNamesFile.at(whisperRoot.resolve(TaggedNamesFile.DEFAULT_LOCATION)));
  }

  /**
   * Scans the tree into the indexes on this thread.
   *
   * @throws IOException the tagged names file cannot be read or rewritten
   */
  public WhisperTreeScan.Report scan(PrintStream err) throws IOException {
    try {
      return scanAndReport(err);
    } finally {
      scanned.complete(null);
    }
  }

  /** Starts {@link #scan} on a background thread, unless it started already. */
  public synchronized void scanInBackground(PrintStream err) {
    if (scanner != null) {
      return;
    }
    scanner =
        new Thread(
            () -> {
              try {
                scanAndReport(err);
              } catch (IOException e) {
                err.println("index: " + e.getMessage());
              } finally {
                scanned.complete(null);
              }
            },
            SCAN_THREAD);
    scanner.setDaemon(true);
    scanner.start();
  }

  private WhisperTreeScan.Report scanAndReport(PrintStream err) throws IOException {
    WhisperTreeScan.Report report = WhisperTreeScan.scan(whisperRoot, metrics, tags);
    if (report.unreadable() > 0) {
      err.printf(
          "index: %,d unreadable files or directories under %s%n",
          report.unreadable(), whisperRoot);
    }
    if (report.unnamedTaggedFiles() > 0) {
      err.printf(
          "index: %,d tagged whisper files have no recorded name; seriesByTag cannot find them%n",
          report.unnamedTaggedFiles());
    }
    return report;
  }

  /**
   * Until the scan is over, how many metrics the indexes hold so far (scanned, and received
   * meanwhile); empty once it is.
   */
  public OptionalLong indexing() {
    return scanned.isDone() ? OptionalLong.empty() : OptionalLong.of(metrics.size() + tags.size());
  }

  /** Completes when the scan is over (or was stopped, or failed). */
  public CompletionStage<Void> scanned() {
    return scanned;
  }

  public TreeMetricIndex metrics() {
    return metrics;
  }

  public MemoryTagIndex tags() {
    return tags;
  }

  /** Stops a background scan (what it indexed stays) and waits until it has stopped. */
  public synchronized void stopScan() {
    if (scanner == null) {
      return;
    }
    scanner.interrupt();
    boolean interrupted = false;
    while (scanner.isAlive()) {
      try {
        scanner.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    stopScan();
    names.close();
  }
}
