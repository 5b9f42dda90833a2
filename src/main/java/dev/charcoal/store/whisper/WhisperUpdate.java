package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.MAX_TIMESTAMP;
import static dev.charcoal.store.whisper.WhisperFormat.POINT_SIZE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/** whisper.update and whisper.update_many, with propagation to coarser archives. */
final class WhisperUpdate {
  /** Timestamps below this are hopelessly old; dropping them keeps the sort key in 63 bits. */
  private static final long MIN_TIMESTAMP = Integer.MIN_VALUE;

  private static final int INDEX_BITS = 30;

  /**
   * Timestamps from here on cannot be sort keys. whisper only packs the aligned interval, so a raw
   * timestamp just past 2^32 may still fit; the aligned check happens when packing.
   */
  private static final long MAX_SORTABLE = MIN_TIMESTAMP + (1L << (63 - INDEX_BITS));

  private WhisperUpdate() {}

  static void update(WhisperFile file, double value, long timestamp, long now) throws IOException {
    WhisperHeader header = file.header();
    long diff = now - timestamp;
    if (!(diff < header.maxRetention() && diff >= 0)) {
      throw new TimestampNotCoveredException(
          "Timestamp not covered by any archives in this database.");
    }
    List<ArchiveInfo> archives = header.archives();
    int i = 0;
    while (archives.get(i).retention() < diff) {
      if (++i == archives.size()) { // maxRetention claims more than the archives hold
        throw new TimestampNotCoveredException(
            "Timestamp not covered by any archives in this database.");
      }
    }
    ArchiveInfo archive = archives.get(i);
    long interval = timestamp - Math.floorMod(timestamp, archive.secondsPerPoint());
    checkPackable(interval);
    long base = file.readBase(archive);
    long offset = base == 0 ? archive.offset() : WhisperFile.slotOffset(archive, base, interval);
    file.writeSlots(archive, offset, packPoint(interval, value));
    ArchiveInfo higher = archive;
    for (ArchiveInfo lower : archives.subList(i + 1, archives.size())) {
      if (!propagate(file, interval, higher, lower)) {
        break;
      }
      higher = lower;
    }
  }

  static void updateMany(WhisperFile file, long[] timestamps, double[] values, int count, long now)
      throws IOException {
    if (count == 0) {
      return;
    }
    long[] keys = sortKeys(timestamps, count);
    List<ArchiveInfo> archives = file.header().archives();
    int archiveIndex = 0;
    int groupEnd = keys.length; // keys[k + 1, groupEnd) go to the current archive
    // Newest first: each point goes to the first archive old enough to hold it.
    for (int k = keys.length - 1; k >= 0; k--) {
      long age = now - timestampOf(keys[k]);
      while (archives.get(archiveIndex).retention() < age) {
        if (groupEnd > k + 1) {
          archiveUpdateMany(file, archiveIndex, keys, k + 1, groupEnd, timestamps, values, true);
        }
        groupEnd = k + 1;
        if (++archiveIndex == archives.size()) {
          return; // older than every archive: dropped, as whisper does
        }
      }
    }
    if (groupEnd > 0) {
      archiveUpdateMany(file, archiveIndex, keys, 0, groupEnd, timestamps, values, true);
    }
  }

  /**
   * Writes points into one archive only, aligned to its step, without routing or propagation
   * (resize with aggregation computes every archive itself).
   */
  static void writeArchive(
      WhisperFile file, int archiveIndex, long[] timestamps, double[] values, int count)
      throws IOException {
    long[] keys = sortKeys(timestamps, count);
    if (keys.length > 0) {
      archiveUpdateMany(file, archiveIndex, keys, 0, keys.length, timestamps, values, false);
    }
  }

  /**
   * Sort keys for the points: timestamp in the high bits, reversed input index in the low ones,
   * giving chronological order with equal timestamps in reverse input order, as whisper's stable
   * newest-first sort followed by reverse() leaves them (so the first one supplied wins).
   */
  private static long[] sortKeys(long[] timestamps, int count) throws TimestampNotCoveredException {
    if (count >= (1 << INDEX_BITS)) {
      throw new IllegalArgumentException("update_many of " + count + " points: too many at once");
    }
    long[] keys = new long[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      long t = timestamps[i];
      if (t >= MAX_SORTABLE) {
        // In the future, so routed to the first archive, whose aligned interval cannot fit 32
        // bits either: whisper fails packing it and writes nothing.
        throw new TimestampNotCoveredException(
            "timestamp " + t + " does not fit whisper's unsigned 32 bits; nothing was written");
      }
      if (t >= MIN_TIMESTAMP) {
        keys[kept++] = ((t - MIN_TIMESTAMP) << INDEX_BITS) | ((1 << INDEX_BITS) - 1 - i);
      }
    }
    Arrays.sort(keys, 0, kept);
    return kept == count ? keys : Arrays.copyOf(keys, kept);
  }

  private static long timestampOf(long key) {
    return (key >>> INDEX_BITS) + MIN_TIMESTAMP;
  }

  private static int indexOf(long key) {
    return (1 << INDEX_BITS) - 1 - (int) (key & ((1 << INDEX_BITS) - 1));
  }

  /** Writes one archive's share of the points (in key order), then propagates below it. */
  private static void archiveUpdateMany(
      WhisperFile file,
      int archiveIndex,
      long[] keys,
      int from,
      int to,
      long[] timestamps,
      double[] values,
      boolean propagateBelow)
      throws IOException {
    List<ArchiveInfo> archives = file.header().archives();
    ArchiveInfo archive = archives.get(archiveIndex);
    long step = archive.secondsPerPoint();

    // Pack contiguous runs; of several points in one interval the last (chronologically) wins.
    int n = to - from;
    long[] aligned = new long[n];
    for (int i = 0; i < n; i++) {
      long t = timestampOf(keys[from + i]);
      aligned[i] = t - Math.floorMod(t, step);
    }
    ByteBuffer packed = ByteBuffer.allocate(n * POINT_SIZE);
    long[] runStart = new long[n];
    int[] runEnd = new int[n];
    int runs = 0;
    long previous = 0;
    for (int i = 0; i < n; i++) {
      if (i + 1 < n && aligned[i] == aligned[i + 1]) {
        continue;
      }
      long interval = aligned[i];
      checkPackable(interval);
      // whisper tests `not previousInterval`, so an interval of 0 never closes a run either.
      if (runs == 0) {
        runs = 1;
      } else if (previous != 0 && interval != previous + step) {
        runEnd[runs - 1] = packed.position();
        runs++;
      }
      int runBegin = runs == 1 ? 0 : runEnd[runs - 2];
      packed.putInt((int) interval).putDouble(values[indexOf(keys[from + i])]);
      previous = interval;
      // whisper derives a run's start from its last interval and its length
      runStart[runs - 1] = previous - step * ((packed.position() - runBegin) / POINT_SIZE - 1);
    }
    runEnd[runs - 1] = packed.position();

    long base = file.readBase(archive);
    if (base == 0) {
      base = runStart[0];
    }
    int position = 0;
    for (int r = 0; r < runs; r++) {
      ByteBuffer run = packed.slice(position, runEnd[r] - position);
      file.writeSlots(archive, WhisperFile.slotOffset(archive, base, runStart[r]), run);
      position = runEnd[r];
    }

    if (!propagateBelow) {
      return;
    }
    ArchiveInfo higher = archive;
    long[] lowerIntervals = new long[n];
    for (ArchiveInfo lower : archives.subList(archiveIndex + 1, archives.size())) {
      long lowerStep = lower.secondsPerPoint();
      for (int i = 0; i < n; i++) {
        lowerIntervals[i] = aligned[i] - Math.floorMod(aligned[i], lowerStep);
      }
      boolean propagated = false;
      // whisper iterates a Python set; its order decides which interval sets an empty ring's base.
      for (long lowerInterval : PythonSetOrder.iterationOrder(lowerIntervals, n)) {
        propagated |= propagate(file, lowerInterval, higher, lower);
      }
      if (!propagated) {
        break;
      }
      higher = lower;
    }
  }

  /**
   * Recomputes the {@code lower} point covering {@code timestamp} from the whole window of {@code
   * higher} beneath it, if at least {@code xFilesFactor} of that window is known (compared against
   * the float32 the file stores). Returns whether a point was written.
   */
  private static boolean propagate(
      WhisperFile file, long timestamp, ArchiveInfo higher, ArchiveInfo lower) throws IOException {
    WhisperHeader header = file.header();
    long lowerIntervalStart = timestamp - Math.floorMod(timestamp, lower.secondsPerPoint());
    long higherBase = file.readBase(higher);
    long higherFirstOffset =
        higherBase == 0
            ? higher.offset()
            : WhisperFile.slotOffset(higher, higherBase, lowerIntervalStart);
    long higherPoints = lower.secondsPerPoint() / higher.secondsPerPoint();
    long relativeLast =
        Math.floorMod(
            higherFirstOffset - higher.offset() + higherPoints * POINT_SIZE, higher.size());
    ByteBuffer window = file.readSlots(higher, higherFirstOffset, higher.offset() + relativeLast);

    int windowSize = window.remaining() / POINT_SIZE;
    double[] known = new double[windowSize];
    int knownCount = 0;
    long expected = lowerIntervalStart;
    for (int i = 0, at = 0; i < windowSize; i++, at += POINT_SIZE) {
      if (Integer.toUnsignedLong(window.getInt(at)) == expected) {
        known[knownCount++] = window.getDouble(at + 4);
      }
      expected += higher.secondsPerPoint();
    }
    if (knownCount == 0) {
      return false;
    }
    double knownPercent = (double) knownCount / windowSize;
    if (!(knownPercent >= (double) header.xFilesFactor())) {
      return false;
    }
    double aggregate = header.aggregationMethod().aggregate(known, knownCount, windowSize);
    long lowerBase = file.readBase(lower);
    long offset =
        lowerBase == 0
            ? lower.offset()
            : WhisperFile.slotOffset(lower, lowerBase, lowerIntervalStart);
    file.writeSlots(lower, offset, packPoint(lowerIntervalStart, aggregate));
    return true;
  }

  private static ByteBuffer packPoint(long interval, double value) {
    return ByteBuffer.allocate(POINT_SIZE).putInt(0, (int) interval).putDouble(4, value);
  }

  /** Python's struct.pack('!L') refuses what does not fit 32 unsigned bits. */
  private static void checkPackable(long interval) throws TimestampNotCoveredException {
    if (interval < 0 || interval > MAX_TIMESTAMP) {
      throw new TimestampNotCoveredException(
          "timestamp " + interval + " does not fit whisper's unsigned 32 bits; batch not written");
    }
  }
}
