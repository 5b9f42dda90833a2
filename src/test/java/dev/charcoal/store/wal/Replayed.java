package dev.charcoal.store.wal;

import dev.charcoal.model.PointBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Test helpers: points as values, batches from them, and the log's replay collected. */
final class Replayed implements Consumer<PointBatch> {
  /**
   * One point; values compare with {@link Double#equals} (NaN equals NaN, 0.0 differs from -0.0).
   */
  record Point(String name, long timestamp, double value) {}

  final List<Point> points = new ArrayList<>();
  int batches;
  WalReplay replay;

  @Override
  public void accept(PointBatch batch) {
    batches++;
    for (int i = 0; i < batch.size(); i++) {
      points.add(new Point(batch.name(i), batch.timestamp(i), batch.value(i)));
    }
  }

  /**
   * Asserts that {@code actual} equals {@code expected}, naming the first difference: AssertJ's
   * element-wise comparison is too slow for hundreds of thousands of points.
   */
  static void assertSamePoints(List<Point> actual, List<Point> expected) {
    int common = Math.min(actual.size(), expected.size());
    for (int i = 0; i < common; i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        throw new AssertionError(
            "point " + i + ": expected " + expected.get(i) + " but was " + actual.get(i));
      }
    }
    if (actual.size() != expected.size()) {
      throw new AssertionError(
          "expected " + expected.size() + " points but there were " + actual.size());
    }
  }

  static PointBatch batch(List<Point> points) {
    PointBatch b = new PointBatch(points.size());
    for (Point p : points) {
      b.add(p.name(), p.timestamp(), p.value());
    }
    return b;
  }

  /**
   * {@code count} points named {@code prefix0 … prefix(names-1)} in turn, valued by their index.
   */
  static List<Point> sequence(String prefix, int names, int from, int count) {
    List<Point> list = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      list.add(new Point(prefix + (i % names), 1_700_000_000L + i / names, i));
    }
    return list;
  }

  /** Opens the log in {@code dir} just to read it back, and closes it again. */
  static Replayed replay(Path dir) throws IOException {
    Replayed r = new Replayed();
    try (WriteAheadLog wal = WriteAheadLog.open(dir, WalOptions.defaults(), r)) {
      r.replay = wal.replayed();
    }
    return r;
  }

  static List<Path> segmentFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".wal")).sorted().toList();
    }
  }
}
