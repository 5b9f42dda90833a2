package dev.charcoal.store.index;

import dev.charcoal.model.MetricName;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills the indexes from a whisper tree at start: every {@code a/b/c.wsp} is the metric {@code
 * a.b.c}; under {@code _tagged/}, carbon's hashed files are named from the {@link TaggedNamesFile},
 * and files carbon wrote with {@code TAG_HASH_FILENAMES=False} ({@code
 * _tagged/abc/def/name_DOT_x;tag=v.wsp}) are decoded and renamed to the hashed name, as carbon
 * 1.1.7 renames them on its next write, so the store reads them.
 *
 * <p>Other files are ignored (counted), an unreadable directory is logged and skipped. Symbolic
 * links are followed (graphite installs often link storage elsewhere); a loop is reported as
 * unreadable. The indexes may already be live: metrics the store adds meanwhile are kept.
 *
 * <p>An interrupted scan stops at the next file, keeps what it indexed so far and leaves the names
 * file as it was (rewriting it would drop the names of files not reached yet); the thread stays
 * interrupted.
 */
public final class WhisperTreeScan {
  private static final System.Logger LOG = System.getLogger(WhisperTreeScan.class.getName());
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final String DOT = "_DOT_";

  /**
   * What a scan found.
   *
   * @param metrics untagged whisper files indexed
   * @param taggedSeries tagged files named (by the names file, or decoded) and indexed
   * @param renamedTaggedFiles {@code _DOT_} files moved to their hashed name
   * @param unnamedTaggedFiles hashed files whose name was never recorded: seriesByTag cannot find
   *     them (files carbon wrote, or a names file lost)
   * @param ignoredFiles files that are not whisper files Charcoal could have written
   * @param unreadable directories (or files) that could not be read
   */
  public record Report(
      int metrics,
      int taggedSeries,
      int renamedTaggedFiles,
      int unnamedTaggedFiles,
      int ignoredFiles,
      int unreadable) {}

  private final Path root;
  private final TreeMetricIndex metrics;
  private final MemoryTagIndex tags;
  private final Set<String> storedHashes = new HashSet<>();
  private final Set<String> namedHashes = new HashSet<>();
  private int metricFiles;
  private int renamed;
  private int ignored;
  private int unreadable;
  private boolean interrupted;

  private WhisperTreeScan(Path root, TreeMetricIndex metrics, MemoryTagIndex tags) {
    this.root = root;
    this.metrics = metrics;
    this.tags = tags;
  }

  /**
   * Scans {@code whisperRoot} into the indexes and compacts the tag index's names file.
   *
   * @throws IOException the names file cannot be read or rewritten (the scan of the tree itself
   *     never fails: what cannot be read is counted)
   */
  public static Report scan(Path whisperRoot, TreeMetricIndex metrics, MemoryTagIndex tags)
      throws IOException {
    WhisperTreeScan scan = new WhisperTreeScan(whisperRoot, metrics, tags);
    if (Files.isDirectory(whisperRoot)) {
      scan.walk();
    }
    if (scan.interrupted) {
      return scan.report(0);
    }
    tags.restore(scan::isStored);
    int unnamed = scan.storedHashes.size() - scan.namedHashes.size();
    if (unnamed > 0) {
      LOG.log(
          Level.WARNING,
          unnamed
              + " tagged whisper files under "
              + whisperRoot.resolve(MetricPaths.TAGGED_DIR)
              + " have no recorded name; seriesByTag cannot find them");
    }
    return scan.report(unnamed);
  }

  private Report report(int unnamed) {
    return new Report(metricFiles, namedHashes.size(), renamed, unnamed, ignored, unreadable);
  }

  private void walk() throws IOException {
    Path tagged = root.resolve(MetricPaths.TAGGED_DIR);
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (Thread.currentThread().isInterrupted()) {
              interrupted = true;
              return FileVisitResult.TERMINATE;
            }
            if (!attrs.isRegularFile()) {
              ignored++;
            } else if (file.startsWith(tagged)) {
              taggedFile(tagged.relativize(file));
            } else {
              untaggedFile(root.relativize(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            LOG.log(Level.WARNING, "cannot read " + file + " while indexing metrics: " + e);
            unreadable++;
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void untaggedFile(Path relative) {
    Optional<MetricName> name = MetricPaths.metricNameOf(relative);
    if (name.isPresent()) {
      metrics.add(name.get().normalized());
      metricFiles++;
    } else {
      ignored++;
    }
  }

  /** {@code abc/def/<hash>.wsp}, or {@code abc/def/<name with _DOT_>.wsp}. */
  private void taggedFile(Path relative) {
    String file = relative.getFileName().toString();
    if (relative.getNameCount() == 1 && !file.endsWith(MetricPaths.EXTENSION)) {
      return; // the names file (TaggedNamesFile.DEFAULT_LOCATION) and its temporary file
    }
    if (relative.getNameCount() != 3 || !file.endsWith(MetricPaths.EXTENSION)) {
      ignored++;
      return;
    }
    String base = file.substring(0, file.length() - MetricPaths.EXTENSION.length());
    String dirs = relative.getName(0) + "/" + relative.getName(1);
    if (HASH.matcher(base).matches()) {
      if (dirs.equals(base.substring(0, 3) + "/" + base.substring(3, 6))) {
        storedHashes.add(base);
      } else {
        ignored++;
      }
      return;
    }
    String canonical;
    try {
      canonical = MetricName.parse(base.replace(DOT, ".")).normalized();
    } catch (IllegalArgumentException notTagged) {
      ignored++;
      return;
    }
    String hash = hashOf(canonical);
    if (hash == null || !dirs.equals(hash.substring(0, 3) + "/" + hash.substring(3, 6))) {
      ignored++;
      return;
    }
    moveToHashedName(relative, hash);
    storedHashes.add(hash);
    namedHashes.add(hash);
    tags.add(canonical);
  }

  /** Whether a recorded name has its file (noted, for the count of unnamed files). */
  private boolean isStored(String canonical) {
    String hash = hashOf(canonical);
    if (hash == null || !storedHashes.contains(hash)) {
      return false;
    }
    namedHashes.add(hash);
    return true;
  }

  private void moveToHashedName(Path relative, String hash) {
    Path dir = root.resolve(MetricPaths.TAGGED_DIR).resolve(relative).getParent();
    Path target = dir.resolve(hash + MetricPaths.EXTENSION);
    try {
      Files.move(dir.resolve(relative.getFileName()), target);
      renamed++;
    } catch (IOException e) {
      // Both names exist (the store wrote the hashed one meanwhile), or the move failed: the
      // hashed file is the one read, as carbon would.
      LOG.log(Level.WARNING, "cannot rename " + relative + " to " + target + ": " + e);
    }
  }

  /** The hash in a tagged series' file name; null for a name that has no file. */
  private static String hashOf(String canonical) {
    MetricPath path = MetricPaths.of(canonical);
    if (!(path instanceof MetricPath.Mapped mapped)) {
      return null;
    }
    String relative = mapped.relativePath();
    int slash = relative.lastIndexOf('/');
    return relative.substring(slash + 1, relative.length() - MetricPaths.EXTENSION.length());
  }
}
