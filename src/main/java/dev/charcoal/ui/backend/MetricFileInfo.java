package dev.charcoal.ui.backend;

import dev.charcoal.model.Retention;
import java.util.List;

/**
 * What the tree's "File info" shows about a metric's whisper file. Each kind names the metric,
 * where its file is (or will be), and how many of its points wait in the cache, not yet written.
 */
public sealed interface MetricFileInfo {
  String metric();

  /** The file's path, for showing. */
  String file();

  long cachedPoints();

  /**
   * How a whisper file is laid out.
   *
   * @param archives finest first: seconds per point and points
   * @param aggregationMethod as storage-aggregation.conf spells it ({@code average}, {@code sum}…)
   * @param xFilesFactor the share of known points an aggregate needs
   * @param maxRetention seconds the coarsest archive covers
   */
  record FileLayout(
      List<Retention> archives, String aggregationMethod, float xFilesFactor, long maxRetention) {
    public FileLayout {
      archives = List.copyOf(archives);
    }
  }

  /**
   * A file on disk.
   *
   * @param size its length in bytes
   * @param lastPoint the newest point's time (epoch seconds), 0 if the file holds none
   * @param modified when the file was last written (epoch seconds)
   */
  record Written(
      String metric,
      String file,
      long cachedPoints,
      long size,
      FileLayout layout,
      long lastPoint,
      long modified)
      implements MetricFileInfo {}

  /** A metric only in the cache so far: its file will be made with {@code planned}. */
  record NotYetWritten(String metric, String file, long cachedPoints, FileLayout planned)
      implements MetricFileInfo {}

  /** A file that cannot be read: {@code problem} says why (corrupt, permission denied…). */
  record Unreadable(String metric, String file, long cachedPoints, String problem)
      implements MetricFileInfo {}
}
