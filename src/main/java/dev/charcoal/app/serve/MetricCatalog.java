package dev.charcoal.app.serve;

import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TaggedNamesFile;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.index.WhisperTreeScan;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The metric and tag indexes of a data dir's {@code whisper/} tree, filled by a scan at start. The
 * tag index records new tagged names in {@code whisper/_tagged/series-names.txt}, because carbon's
 * hashed file names cannot be read back into names.
 */
public final class MetricCatalog implements Closeable {
  private final TaggedNamesFile names;
  private final MemoryTagIndex tags;
  private final TreeMetricIndex metrics;
  private final WhisperTreeScan.Report scan;

  private MetricCatalog(
      TaggedNamesFile names,
      MemoryTagIndex tags,
      TreeMetricIndex metrics,
      WhisperTreeScan.Report scan) {
    this.names = names;
    this.tags = tags;
    this.metrics = metrics;
    this.scan = scan;
  }

  /**
   * Scans {@code whisperRoot}.
   *
   * @param readOnly for tools beside a running server: never rewrite the tagged names file
   * @param err where problems found by the scan are reported
   * @throws IOException the whisper tree cannot be read
   */
  public static MetricCatalog open(Path whisperRoot, boolean readOnly, PrintStream err)
      throws IOException {
    Path namesPath = whisperRoot.resolve(TaggedNamesFile.DEFAULT_LOCATION);
    TaggedNamesFile names =
        readOnly ? TaggedNamesFile.readOnly(namesPath) : TaggedNamesFile.at(namesPath);
    MemoryTagIndex tags = new MemoryTagIndex(names);
    TreeMetricIndex metrics = new TreeMetricIndex(tags);
    WhisperTreeScan.Report scan = WhisperTreeScan.scan(whisperRoot, metrics, tags);
    if (scan.unreadable() > 0) {
      err.printf(
          "index: %,d unreadable files or directories under %s%n", scan.unreadable(), whisperRoot);
    }
    if (scan.unnamedTaggedFiles() > 0) {
      err.printf(
          "index: %,d tagged whisper files have no recorded name; seriesByTag cannot find them%n",
          scan.unnamedTaggedFiles());
    }
    return new MetricCatalog(names, tags, metrics, scan);
  }

  public TreeMetricIndex metrics() {
    return metrics;
  }

  public MemoryTagIndex tags() {
    return tags;
  }

  public WhisperTreeScan.Report scan() {
    return scan;
  }

  @Override
  public void close() throws IOException {
    names.close();
  }
}
