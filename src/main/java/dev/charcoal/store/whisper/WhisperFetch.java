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
    if (from > until) {
      throw new InvalidTimeIntervalException(
          "Invalid time interval: from time '" + from + "' is after until time '" + until + "'");
    }
    WhisperHeader header = file.header();
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
    return archiveFetch(file, chosen, from, until);
  }

  private static FetchResult archiveFetch(WhisperFile file, ArchiveInfo a, long from, long until)
      throws IOException {
    long step = a.secondsPerPoint();
    long fromInterval = from - Math.floorMod(from, step) + step;
    long untilInterval = until - Math.floorMod(until, step) + step;
    if (fromInterval == untilInterval) {
      untilInterval += step;
    }
    long base = file.readBase(a);
    if (base == 0) {
      double[] empty = new double[(int) ((untilInterval - fromInterval) / step)];
      Arrays.fill(empty, Double.NaN);
      return new FetchResult(fromInterval, untilInterval, step, empty);
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
