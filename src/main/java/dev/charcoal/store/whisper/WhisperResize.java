package dev.charcoal.store.whisper;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * whisper-resize: rewrites a file with new archives, keeping what data fits.
 *
 * <p>The new file is built beside the old one as {@code FILE.tmp} and renamed over it atomically,
 * so the path never disappears in between (whisper-resize renames the old file away first).
 */
public final class WhisperResize {
  private WhisperResize() {}

  /**
   * Resizes {@code path} in place, keeping the old file as {@code path.bak} when {@code
   * keepBackup}.
   *
   * @param xFilesFactor the new file's xff, or null to keep the old one
   * @param method the new aggregation method, or null to keep the old one
   * @param aggregate false: whisper-resize's default, every old archive's points written with
   *     update_many, coarsest archive first so finer data lands last; true: each new archive gets
   *     the aggregate (with the xff rule) of the finest old data covering each of its intervals
   * @return the new header
   */
  public static WhisperHeader resize(
      Path path,
      List<Retention> archives,
      Float xFilesFactor,
      AggregationMethod method,
      boolean aggregate,
      long now,
      boolean keepBackup)
      throws IOException {
    List<Retention> sorted = ArchiveLists.validate(archives);
    WhisperHeader old;
    List<FetchResult> oldData = new ArrayList<>(); // coarsest archive first
    try (WhisperFile f = WhisperFile.openForReading(path)) {
      old = f.header();
      List<ArchiveInfo> coarsestFirst = new ArrayList<>(old.archives());
      coarsestFirst.sort(Comparator.comparingLong(ArchiveInfo::secondsPerPoint).reversed());
      for (ArchiveInfo a : coarsestFirst) {
        FetchResult r = f.fetch(now - a.retention() + a.secondsPerPoint(), now, now);
        if (r != null) {
          oldData.add(r);
        }
      }
    }
    float xff = xFilesFactor != null ? xFilesFactor : old.xFilesFactor();
    AggregationMethod m = method != null ? method : old.aggregationMethod();

    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      WhisperHeader created = Whisper.create(tmp, sorted, xff, m, false);
      try (WhisperFile target = WhisperFile.open(tmp)) {
        if (aggregate) {
          writeAggregated(target, finestFirstSeries(oldData), now);
        } else {
          for (FetchResult r : oldData) {
            writeKnownPoints(target, r, now);
          }
        }
      }
      if (keepBackup) {
        Path backup = path.resolveSibling(path.getFileName() + ".bak");
        Files.copy(path, backup, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return created;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeKnownPoints(WhisperFile target, FetchResult r, long now)
      throws IOException {
    int n = (int) Math.min(r.values().length, (r.until() - r.from()) / r.step());
    long[] ts = new long[n];
    double[] vs = new double[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(r.values()[i])) {
        ts[count] = r.from() + i * r.step();
        vs[count++] = r.values()[i];
      }
    }
    target.updateMany(ts, vs, count, now);
  }

  /** Old data as one series in time order; NaN where a slot is missing. */
  private record Series(long[] times, double[] values) {}

  /**
   * The old archives as one series preferring the finest resolution: each coarser archive
   * contributes only the time before what the finer ones cover.
   */
  private static Series finestFirstSeries(List<FetchResult> coarsestFirst) {
    int total = coarsestFirst.stream().mapToInt(r -> r.values().length).sum();
    long[] times = new long[total];
    double[] values = new double[total];
    int n = 0;
    for (int a = 0; a < coarsestFirst.size(); a++) {
      FetchResult r = coarsestFirst.get(a);
      // the next archive in this list is finer; this one contributes what lies before it
      long finerFrom =
          a + 1 < coarsestFirst.size() ? coarsestFirst.get(a + 1).from() : Long.MAX_VALUE;
      for (int i = 0; i < r.values().length; i++) {
        long t = r.from() + i * r.step();
        if (t < finerFrom && (n == 0 || t > times[n - 1])) {
          times[n] = t;
          values[n++] = r.values()[i];
        }
      }
    }
    return new Series(Arrays.copyOf(times, n), Arrays.copyOf(values, n));
  }

  private static void writeAggregated(WhisperFile target, Series old, long now) throws IOException {
    WhisperHeader h = target.header();
    int n = old.times().length;
    double[] known = new double[n];
    long[] buckets = new long[n];
    double[] aggregates = new double[n];
    for (int a = 0; a < h.archives().size(); a++) {
      long step = h.archives().get(a).secondsPerPoint();
      long start = now - h.archives().get(a).retention();
      int count = 0;
      for (int i = 0; i < n; ) {
        long bucket = old.times()[i] - Math.floorMod(old.times()[i], step);
        int knownCount = 0;
        int total = 0;
        for (; i < n && old.times()[i] < bucket + step; i++, total++) {
          if (!Double.isNaN(old.values()[i])) {
            known[knownCount++] = old.values()[i];
          }
        }
        if (bucket > start && knownCount > 0 && (double) knownCount / total >= h.xFilesFactor()) {
          buckets[count] = bucket;
          aggregates[count++] = h.aggregationMethod().aggregate(known, knownCount, total);
        }
      }
      target.writeArchive(a, buckets, aggregates, count);
    }
  }
}
