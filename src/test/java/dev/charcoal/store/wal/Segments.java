package dev.charcoal.store.wal;

import dev.charcoal.store.wal.Replayed.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helpers that make segment files and look at their bytes. */
final class Segments {
  private Segments() {}

  /**
   * Writes segment 1 in {@code dir} with one record per batch (a sync after each) and returns its
   * bytes; the log then closes with segment 2 empty.
   */
  static byte[] write(Path dir, List<List<Point>> records) throws IOException {
    try (WriteAheadLog wal = WriteAheadLog.open(dir, Duration.ofHours(1), new Replayed())) {
      for (List<Point> record : records) {
        wal.append(Replayed.batch(record));
        wal.sync();
      }
      wal.roll();
    }
    return Files.readAllBytes(dir.resolve(WalFormat.fileName(1)));
  }

  /** Where each record starts, then the end of the last, read from the record headers. */
  static List<Integer> recordBounds(byte[] segment) {
    List<Integer> bounds = new ArrayList<>();
    int p = WalFormat.SEGMENT_HEADER_SIZE;
    bounds.add(p);
    while (p < segment.length) {
      p += WalFormat.RECORD_HEADER_SIZE + (int) WalFormat.INT_BE.get(segment, p + 4);
      bounds.add(p);
    }
    return bounds;
  }

  /** Replays {@code bytes} as segment {@code id} with the reader alone. */
  static Replayed read(Path dir, long id, byte[] bytes) throws IOException {
    Path file = dir.resolve(WalFormat.fileName(id));
    Files.write(file, bytes);
    Replayed r = new Replayed();
    SegmentReader reader = new SegmentReader(r);
    reader.replay(file, id);
    r.replay = reader.finish();
    return r;
  }
}
