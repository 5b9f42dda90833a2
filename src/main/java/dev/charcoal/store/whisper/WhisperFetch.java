package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.POINT_SIZE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** whisper.fetch: archive choice by {@code from} alone, rounding both ends up to the next step. */
final class WhisperFetch {
  private WhisperFetch() {}

  static FetchResult fetch(WhisperFile file, long from, long until, long now, long archiveSeconds)
      throws IOException {
    Range range = range(file.header(), from, until, now, archiveSeconds);
    return range == null ? null : archiveFetch(file, range);
  }

  /** What fetch answers for a file with this header whose archives hold no point yet. */
  static FetchResult empty(WhisperHeader header, long from, long until, long now)
      throws InvalidTimeIntervalException {
    Range range = range(header, from, until, now, 0);
    return range == null ? null : range.noData();
  }

  /** The archive and the intervals a fetch reads; null when wholly outside the retention. */
  private static Range range(
      WhisperHeader header, long from, long until, long now, long archiveSeconds)
      throws InvalidTimeIntervalException {
    if (from > until) {
      throw new InvalidTimeIntervalException(
          "Invalid time interval: from time '" + from + "' is after until time '" + until + "'");
    }
    long oldest = now - header.maxRetention();
    if (from > now || until < oldest) {
      return null; // wholly in the future or wholly beyond retention
    }
    from = Math.max(from, oldest);
    until = Math.min(until, now);
    long diff = now - from;

    ArchiveInfo chosen = null;
    if (archiveSeconds > 0) {
      for (ArchiveInfo a : header.archives()) {
        if (a.secondsPerPoint() == archiveSeconds) {
          chosen = a;
        }
      }
      if (chosen == null) {
        throw new IllegalArgumentException("Invalid granularity: " + archiveSeconds);
      }
    } else {
      // The first archive that reaches back to `from`; the last one if none does.
      for (ArchiveInfo a : header.archives()) {
        chosen = a;
        if (a.retention() >= diff) {
          break;
        }
      }
    }
    long step = chosen.secondsPerPoint();
    long fromInterval = from - Math.floorMod(from, step) + step;
    long untilInterval = until - Math.floorMod(until, step) + step;
    if (fromInterval == untilInterval) {
      untilInterval += step;
    }
    return new Range(chosen, fromInterval, untilInterval);
  }

  private record Range(ArchiveInfo archive, long fromInterval, long untilInterval) {
    FetchResult noData() {
      long step = archive.secondsPerPoint();
      double[] empty = new double[(int) ((untilInterval - fromInterval) / step)];
      Arrays.fill(empty, Double.NaN);
      return new FetchResult(fromInterval, untilInterval, step, empty);
    }
  }

  private static FetchResult archiveFetch(WhisperFile file, Range range) throws IOException {
    ArchiveInfo a = range.archive();
    long step = a.secondsPerPoint();
    long fromInterval = range.fromInterval();
    long untilInterval = range.untilInterval();
    long base = file.readBase(a);
    if (base == 0) {
      return range.noData();
    }
    long fromOffset = WhisperFile.slotOffset(a, base, fromInterval);
    long untilOffset = WhisperFile.slotOffset(a, base, untilInterval);
    ByteBuffer slots = file.readSlots(a, fromOffset, untilOffset);
    int count = slots.remaining() / POINT_SIZE;
    double[] values = new double[count];
    long expected = fromInterval;
    for (int i = 0, at = 0; i < count; i++, at += POINT_SIZE, expected += step) {
      long stored = Integer.toUnsignedLong(slots.getInt(at));
      values[i] = stored == expected ? slots.getDouble(at + 4) : Double.NaN;
    }
    return new FetchResult(fromInterval, untilInterval, step, values);
  }
}
