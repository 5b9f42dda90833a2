package dev.charcoal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deletes metrics' whisper files, then the directories that leaves empty, deepest first, up to the
 * whisper root (which stays, as does {@code _tagged/}, which holds the tagged names file): carbon
 * users clean a tree with {@code find -delete} and expect no empty directories to remain. A
 * directory that is a symbolic link is left alone, since graphite installs link storage elsewhere.
 *
 * <p>Runs on the {@link FileCreator}'s thread, so no file is being made meanwhile.
 */
final class FileRemoval {
  /**
   * What was removed.
   *
   * @param deleted the metrics whose file existed and was deleted
   * @param failed the metrics whose file could not be deleted, with one line saying why
   */
  record Result(Set<String> deleted, Map<String, String> failed) {}

  private FileRemoval() {}

  /** Deletes {@code files} (by metric); a file that does not exist is not an error. */
  static Result remove(Path whisperRoot, Map<String, Path> files) {
    Path root = whisperRoot.toAbsolutePath().normalize();
    Set<String> deleted = new HashSet<>();
    Map<String, String> failed = new LinkedHashMap<>();
    TreeMap<Integer, Set<Path>> emptiedByDepth = new TreeMap<>();
    files.forEach(
        (metric, file) -> {
          try {
            if (Files.deleteIfExists(file)) {
              deleted.add(metric);
              note(emptiedByDepth, file.getParent());
            }
          } catch (IOException e) {
            failed.put(metric, "cannot delete " + file + ": " + IoProblems.describe(e));
          }
        });
    pruneEmptyDirectories(root, emptiedByDepth);
    return new Result(deleted, failed);
  }

  /**
   * Removes the directories that are now empty, deepest first, so a parent is tried once all its
   * emptied children are gone.
   */
  private static void pruneEmptyDirectories(Path root, TreeMap<Integer, Set<Path>> byDepth) {
    Path tagged = root.resolve(MetricPaths.TAGGED_DIR);
    while (!byDepth.isEmpty()) {
      List<Path> deepest = new ArrayList<>(byDepth.pollLastEntry().getValue());
      for (Path dir : deepest) {
        if (!dir.startsWith(root)
            || dir.equals(root)
            || dir.equals(tagged)
            || Files.isSymbolicLink(dir)) {
          continue;
        }
        try {
          Files.delete(dir);
          note(byDepth, dir.getParent());
        } catch (IOException notEmptyOrNotOurs) {
          // a sibling metric lives here, or the directory cannot be removed: it stays
        }
      }
    }
  }

  private static void note(TreeMap<Integer, Set<Path>> byDepth, Path dir) {
    if (dir != null) {
      byDepth.computeIfAbsent(dir.getNameCount(), d -> new HashSet<>()).add(dir);
    }
  }
}
