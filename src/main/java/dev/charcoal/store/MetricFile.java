package dev.charcoal.store;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the store knows of one metric's whisper file (the tree's "File info"): see {@link
 * MetricStore#describe}. Each kind names the metric (normalized), where its file is or will be, and
 * how many of its points wait in the cache, not yet written.
 */
public sealed interface MetricFile {
  String metric();

  Path path();

  int cachedPoints();

  /**
   * How a file is laid out.
   *
   * @param archives finest first, as {@code seconds per point × points}
   * @param method how an archive's points are aggregated into the next
   * @param xFilesFactor the share of known points an aggregate needs
   * @param maxRetention seconds the coarsest archive covers
   */
  record Layout(
      List<Retention> archives, AggregationMethod method, float xFilesFactor, long maxRetention) {
    public Layout {
      archives = List.copyOf(archives);
    }
  }

  /**
   * A file on disk.
   *
   * @param size its length in bytes (whisper's {@code fileSize}; files are created sparse, so the
   *     disk may hold less)
   * @param lastPoint the newest point up to now, from the finest archive that holds one (epoch
   *     seconds); 0 if the file holds none
   * @param modified when the file was last written
   */
  record Written(
      String metric,
      Path path,
      int cachedPoints,
      long size,
      Layout layout,
      long lastPoint,
      Instant modified)
      implements MetricFile {}

  /**
   * A metric whose points are only in the cache so far: the persister creates its file with the
   * {@code planned} layout, from the storage rules, in its next round.
   */
  record NotCreated(String metric, Path path, int cachedPoints, Layout planned)
      implements MetricFile {}

  /** A file that cannot be read (corrupt, not a whisper file, no permission). */
  record Unreadable(String metric, Path path, int cachedPoints, String problem)
      implements MetricFile {}
}
