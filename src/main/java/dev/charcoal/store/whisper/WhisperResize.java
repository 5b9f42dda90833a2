package dev.charcoal.store.whisper;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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

  /**
   * One series of (timestamp, value-or-NaN) slots preferring the finest resolution: each coarser
   * archive contributes only the time before what the finer ones cover.
   */
  private static List<long[]> finestFirstSeries(List<FetchResult> coarsestFirst) {
    List<long[]> slots = new ArrayList<>(); // {timestamp, doubleBits}
    long coveredFrom = Long.MAX_VALUE;
    for (int a = coarsestFirst.size() - 1; a >= 0; a--) {
      FetchResult r = coarsestFirst.get(a);
      List<long[]> part = new ArrayList<>();
      for (int i = 0; i < r.values().length; i++) {
        long t = r.from() + i * r.step();
        if (t < coveredFrom) {
          part.add(new long[] {t, Double.doubleToRawLongBits(r.values()[i])});
        }
      }
      slots.addAll(0, part);
      coveredFrom = Math.min(coveredFrom, r.from());
    }
    return slots;
  }

  private static void writeAggregated(WhisperFile target, List<long[]> slots, long now)
      throws IOException {
    WhisperHeader h = target.header();
    for (int a = 0; a < h.archives().size(); a++) {
      ArchiveInfo archive = h.archives().get(a);
      long step = archive.secondsPerPoint();
      long start = now - archive.retention();
      List<Long> times = new ArrayList<>();
      List<Double> aggregates = new ArrayList<>();
      double[] known = new double[16];
      int i = 0;
      while (i < slots.size()) {
        long bucket = slots.get(i)[0] - Math.floorMod(slots.get(i)[0], step);
        int knownCount = 0;
        int total = 0;
        for (; i < slots.size() && slots.get(i)[0] < bucket + step; i++, total++) {
          double v = Double.longBitsToDouble(slots.get(i)[1]);
          if (!Double.isNaN(v)) {
            if (knownCount == known.length) {
              known = java.util.Arrays.copyOf(known, knownCount * 2);
            }
            known[knownCount++] = v;
          }
        }
        if (bucket > start && knownCount > 0 && (double) knownCount / total >= h.xFilesFactor()) {
          times.add(bucket);
          aggregates.add(h.aggregationMethod().aggregate(known, knownCount, total));
        }
      }
      long[] ts = times.stream().mapToLong(Long::longValue).toArray();
      double[] vs = aggregates.stream().mapToDouble(Double::doubleValue).toArray();
      target.writeArchive(a, ts, vs, ts.length);
    }
  }
}
