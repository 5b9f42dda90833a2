package dev.charcoal.store;

import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The persister's open whisper files: the most recently written ones stay open (an update then
 * costs no open, header read and close), missing ones are created by the storage rules on the
 * {@link FileCreator}'s thread. Files written since the last {@link #forceWritten()} are remembered
 * so a checkpoint can make them durable before the write-ahead log forgets their points.
 *
 * <p>Used by the persister thread only; not thread-safe.
 */
final class WhisperFiles implements Closeable {
  private static final System.Logger LOG = System.getLogger(WhisperFiles.class.getName());
  private final Path whisperRoot;
  private final StorageRules rules;
  private final int maxOpen;
  private final LinkedHashMap<String, WhisperFile> open;
  private final FileCreator creator = new FileCreator();

  /**
   * Files written since the last {@link #forceWritten()}, open or not. Closing a file does not sync
   * it: with more metrics than open files, every write would otherwise cost an fsync (about a
   * millisecond here); the checkpoint syncs each file once instead.
   */
  private final Set<Path> written = new HashSet<>();

  WhisperFiles(Path whisperRoot, StorageRules rules, int maxOpen) {
    this.whisperRoot = whisperRoot;
    this.rules = rules;
    this.maxOpen = maxOpen;
    this.open = new LinkedHashMap<>(Math.min(maxOpen, 1024), 0.75f, true);
  }

  /**
   * The metric's file, opened for writing; null if it does not exist yet, in which case it is being
   * created and comes back from {@link #nextCreated}. Call at most once per metric until then.
   *
   * @param metric a normalized name, as the cache keys it
   * @throws IOException the file cannot be opened, or is corrupt
   * @throws IllegalArgumentException the name has no file (the cache refuses such names)
   */
  WhisperFile forWriting(String metric) throws IOException {
    WhisperFile file = open.get(metric);
    if (file == null) {
      if (!(MetricPaths.of(metric) instanceof MetricPath.Mapped path)) {
        throw new IllegalArgumentException(metric + " cannot have a file");
      }
      Path location = path.under(whisperRoot);
      try {
        file = WhisperFile.openForPositionalWriting(location);
      } catch (NoSuchFileException missing) {
        creator.request(
            new FileCreator.Request(
                metric,
                location,
                rules.schemas().schemaFor(metric),
                rules.aggregation().ruleFor(metric)));
        return null;
      }
      keepOpen(metric, file);
    }
    written.add(file.path());
    return file;
  }

  /**
   * The next file created for {@link #forWriting} (then open, ready for writing) or failed to be;
   * null if none is ready, or if none is outstanding when {@code wait}.
   */
  FileCreator.Outcome nextCreated(boolean wait) {
    FileCreator.Outcome outcome = creator.next(wait);
    if (outcome instanceof FileCreator.Made made) {
      keepOpen(made.request().metric(), made.file());
      written.add(made.file().path());
    }
    return outcome;
  }

  private void keepOpen(String metric, WhisperFile file) {
    open.put(metric, file);
    Iterator<Map.Entry<String, WhisperFile>> eldest = open.entrySet().iterator();
    while (open.size() > maxOpen && eldest.hasNext()) {
      WhisperFile evicted = eldest.next().getValue();
      eldest.remove();
      try {
        evicted.close();
      } catch (IOException e) {
        // positional writes are in the page cache already; closing has nothing left to lose
        LOG.log(System.Logger.Level.WARNING, "closing " + evicted.path() + ": " + e.getMessage());
      }
    }
  }

  /** Forgets an open file that failed, so the next write opens it afresh. */
  void discard(String metric) {
    WhisperFile file = open.remove(metric);
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // already failing; the next write reports the real problem
      }
    }
  }

  /**
   * Deletes metrics' files (by normalized name): closes the open ones and cancels the creates asked
   * for them, then deletes the files and the directories that leaves empty on the creator's thread,
   * after those creates, so none is made again behind the delete.
   */
  FileRemoval.Result delete(Map<String, Path> files) throws IOException {
    for (String metric : files.keySet()) {
      discard(metric);
      creator.cancel(metric);
    }
    written.removeAll(files.values());
    return creator.inOrder(() -> FileRemoval.remove(whisperRoot, files));
  }

  /** Makes every file written since the last call durable. */
  void forceWritten() throws IOException {
    Map<Path, WhisperFile> openByPath = new HashMap<>();
    open.values().forEach(f -> openByPath.put(f.path(), f));
    for (Iterator<Path> it = written.iterator(); it.hasNext(); ) {
      Path path = it.next();
      WhisperFile file = openByPath.get(path);
      if (file != null) {
        file.force();
      } else if (Files.exists(path)) { // else deleted meanwhile: nothing left to sync
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
          channel.force(false);
        }
      }
      it.remove();
    }
  }

  int openCount() {
    return open.size();
  }

  @Override
  public void close() throws IOException {
    creator.close();
    IOException first = null;
    try {
      forceWritten();
    } catch (IOException e) {
      first = e;
    }
    for (WhisperFile file : open.values()) {
      try {
        file.close();
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
