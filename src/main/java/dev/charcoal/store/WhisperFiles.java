package dev.charcoal.store;

import dev.charcoal.model.Retention;
import dev.charcoal.store.rules.Aggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persister's open whisper files: the most recently written ones stay mapped (an update then
 * costs a microsecond instead of an open, a map and a close), new ones are created by the storage
 * rules. Files written since the last {@link #forceWritten()} are remembered so a checkpoint can
 * make them durable before the write-ahead log forgets their points.
 *
 * <p>Used by the persister thread only; not thread-safe.
 */
final class WhisperFiles implements Closeable {
  private static final System.Logger LOG = System.getLogger(WhisperFiles.class.getName());
  private final Path whisperRoot;
  private final StorageRules rules;
  private final int maxOpen;
  private final LinkedHashMap<String, WhisperFile> open;
  private final Set<WhisperFile> written = new HashSet<>();

  WhisperFiles(Path whisperRoot, StorageRules rules, int maxOpen) {
    this.whisperRoot = whisperRoot;
    this.rules = rules;
    this.maxOpen = maxOpen;
    this.open = new LinkedHashMap<>(Math.min(maxOpen, 1024), 0.75f, true);
  }

  /** A file ready for writing. */
  record Opened(WhisperFile file, boolean created) {}

  /**
   * The metric's file, opened (or created by the rules, sparse) on first use.
   *
   * @throws IOException the file cannot be created or opened, or is corrupt
   */
  Opened forWriting(MetricPath.Mapped path) throws IOException {
    String metric = path.name().normalized();
    WhisperFile file = open.get(metric);
    if (file != null) {
      written.add(file);
      return new Opened(file, false);
    }
    Path location = path.under(whisperRoot);
    boolean created = false;
    if (!Files.exists(location)) {
      create(metric, location);
      created = true;
    }
    file = WhisperFile.openForPositionalWriting(location);
    open.put(metric, file);
    written.add(file);
    evictBeyondLimit();
    return new Opened(file, created);
  }

  private void create(String metric, Path location) throws IOException {
    List<Retention> retentions = rules.schemas().schemaFor(metric);
    Aggregation aggregation = rules.aggregation().ruleFor(metric);
    Files.createDirectories(location.getParent());
    // sparse: a default schema file is 3 MB of zeros, and 10,000 new metrics must not write 30 GB
    Whisper.create(
        location, retentions, aggregation.xFilesFactor(), aggregation.method(), /* sparse */ true);
  }

  private void evictBeyondLimit() {
    Iterator<Map.Entry<String, WhisperFile>> eldest = open.entrySet().iterator();
    while (open.size() > maxOpen && eldest.hasNext()) {
      WhisperFile file = eldest.next().getValue();
      eldest.remove();
      try {
        release(file);
      } catch (IOException e) {
        // the points are in the page cache and reach the disk with it; only their safety
        // against a power cut before then is lost, so say so and go on
        LOG.log(System.Logger.Level.WARNING, "closing " + file.path() + ": " + e.getMessage());
      }
    }
  }

  /** Forgets an open file that failed, so the next write opens it afresh. */
  void discard(MetricPath.Mapped path) {
    WhisperFile file = open.remove(path.name().normalized());
    if (file != null) {
      written.remove(file);
      try {
        file.close();
      } catch (IOException ignored) {
        // already failing; the next write reports the real problem
      }
    }
  }

  /** Makes every file written since the last call durable. */
  void forceWritten() throws IOException {
    for (Iterator<WhisperFile> it = written.iterator(); it.hasNext(); ) {
      it.next().force();
      it.remove();
    }
  }

  private void release(WhisperFile file) throws IOException {
    if (written.remove(file)) {
      file.force();
    }
    file.close();
  }

  int openCount() {
    return open.size();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (WhisperFile file : open.values()) {
      try {
        release(file);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
