package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.Replayed.assertSamePoints;
import static dev.charcoal.store.wal.Replayed.batch;
import static dev.charcoal.store.wal.Replayed.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.store.wal.Replayed.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {
  private static final Duration LONG = Duration.ofHours(1); // only sync(), roll() and close() write
  @TempDir Path dir;

  private WriteAheadLog open(Replayed replay) throws IOException {
    return WriteAheadLog.open(dir, LONG, replay);
  }

  @Test
  void replaysEveryPointInOrderAfterClose() throws IOException {
    List<Point> points = new ArrayList<>();
    points.add(new Point("a.b.c", 1_700_000_000L, 1.5));
    points.add(new Point("a.b.c", 1_700_000_060L, 42));
    points.add(new Point("cpu;dc=ams;host=www01", 1_699_999_000L, -7));
    points.add(new Point("ünïcödé.名前.😀", -5, Double.NaN));
    points.add(new Point("x", Long.MAX_VALUE, Double.POSITIVE_INFINITY));
    points.add(new Point("x", Long.MIN_VALUE, Double.NEGATIVE_INFINITY));
    points.add(new Point("y", 0, -0.0));
    points.add(new Point("y", 0, 0.0));
    points.add(new Point("y", 1, 9_007_199_254_740_993.0)); // past 2^53: written raw
    points.add(new Point("y", 2, -9_007_199_254_740_991.0)); // -(2^53 - 1): an svarint
    points.add(new Point("y", 3, Double.MIN_VALUE));
    points.add(new Point("a.b.c", 1_700_000_120L, 0.1));
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(points.subList(0, 5)));
      wal.append(batch(List.of()));
      wal.append(batch(points.subList(5, points.size())));
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).containsExactlyElementsOf(points);
    assertThat(r.replay.clean()).isTrue();
    assertThat(r.replay.points()).isEqualTo(points.size());
  }

  @Test
  void replaysInBatchesOfBoundedSize() throws IOException {
    List<Point> points = sequence("m", 100, 0, 25_000);
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(points));
    }
    Replayed r = Replayed.replay(dir);
    assertSamePoints(r.points, points);
    assertThat(r.batches).isEqualTo(3);
  }

  @Test
  void syncMakesAppendedPointsDurableAndCountsThem() throws IOException {
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(sequence("m", 10, 0, 1000)));
      assertThat(wal.status().pointsDurable()).isZero();
      assertThat(wal.sync()).isTrue();
      WalStatus s = wal.status();
      assertThat(s.pointsAppended()).isEqualTo(1000);
      assertThat(s.pointsDurable()).isEqualTo(1000);
      assertThat(s.pendingBytes()).isZero();
      assertThat(s.bytesAppended()).isPositive();
      assertThat(s.bytesOnDisk()).isEqualTo(WalFormat.SEGMENT_HEADER_SIZE + s.bytesAppended());
      assertThat(s.segments()).isEqualTo(1);
      assertThat(s.fsyncs()).isPositive();
      assertThat(s.writeErrors()).isZero();
      assertThat(s.lastError()).isNull();
    }
  }

  @Test
  void backgroundThreadFsyncsWithinTheIntervalWithoutSync() throws Exception {
    Path copy = dir.resolve("copy");
    Path log = dir.resolve("wal");
    List<Point> points = sequence("m", 10, 0, 5000);
    try (WriteAheadLog wal = WriteAheadLog.open(log, Duration.ofMillis(10), new Replayed())) {
      wal.append(batch(points));
      // Waits for an event, with a generous limit; nothing here measures time.
      for (int i = 0; i < 2000 && wal.status().pointsDurable() < points.size(); i++) {
        Thread.sleep(5);
      }
      assertThat(wal.status().pointsDurable()).isEqualTo(points.size());
      // What is on disk now is what a crash would leave.
      Files.createDirectories(copy);
      for (Path f : Replayed.segmentFiles(log)) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    assertThat(Replayed.replay(copy).points).containsExactlyElementsOf(points);
  }

  @Test
  void writerThreadIsANamedDaemonThatCloseEnds() throws IOException {
    WriteAheadLog wal = open(new Replayed());
    Thread writer =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("charcoal-wal-writer"))
            .findFirst()
            .orElseThrow();
    assertThat(writer.isDaemon()).isTrue();
    wal.close();
    assertThat(writer.isAlive()).isFalse();
  }

  @Test
  void newSegmentAfterTheHighestExistingOne() throws IOException {
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(sequence("m", 1, 0, 1)));
    }
    Files.write(dir.resolve(WalFormat.fileName(7)), new byte[0]);
    try (WriteAheadLog wal = open(new Replayed())) {
      assertThat(wal.replayed().segments()).isEqualTo(2);
    }
    assertThat(Replayed.segmentFiles(dir))
        .extracting(f -> f.getFileName().toString())
        .containsExactly(WalFormat.fileName(1), WalFormat.fileName(7), WalFormat.fileName(8));
  }

  @Test
  void rollReturnsTheSealedSegmentHoldingEveryEarlierPoint() throws IOException {
    List<Point> before = sequence("m", 5, 0, 100);
    List<Point> after = sequence("m", 5, 100, 100);
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(before));
      long sealed = wal.roll();
      assertThat(sealed).isEqualTo(1);
      wal.append(batch(after));
      assertThat(wal.deleteThrough(sealed)).isEqualTo(1);
      assertThat(wal.status().segments()).isEqualTo(1);
    }
    assertThat(Replayed.replay(dir).points).containsExactlyElementsOf(after);
  }

  @Test
  void rollWithNothingAppendedKeepsTheCurrentSegment() throws IOException {
    try (WriteAheadLog wal = open(new Replayed())) {
      assertThat(wal.roll()).isEqualTo(0);
      wal.append(batch(sequence("m", 1, 0, 1)));
      assertThat(wal.roll()).isEqualTo(1);
      assertThat(wal.roll()).isEqualTo(1);
      assertThat(wal.status().segments()).isEqualTo(2);
    }
  }

  @Test
  void deleteThroughRemovesReplayedSegmentsButNeverTheCurrentOne() throws IOException {
    List<Point> old = sequence("m", 3, 0, 30);
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(old));
    }
    List<Point> fresh = sequence("m", 3, 30, 30);
    Replayed replay = new Replayed();
    try (WriteAheadLog wal = open(replay)) {
      assertThat(replay.points).containsExactlyElementsOf(old);
      wal.append(batch(fresh));
      assertThat(wal.deleteThrough(Long.MAX_VALUE)).isEqualTo(1);
      assertThat(wal.deleteThrough(Long.MAX_VALUE)).isZero();
    }
    assertThat(Replayed.replay(dir).points).containsExactlyElementsOf(fresh);
  }

  @Test
  void rollsOnItsOwnWhenASegmentIsFull() throws IOException {
    List<Point> points = sequence("some.longer.metric.name.", 500, 0, 10_000);
    WalOptions small = WalOptions.defaults().withSegmentBytes(WalOptions.MIN_SEGMENT_BYTES);
    try (WriteAheadLog wal = WriteAheadLog.open(dir, small, new Replayed())) {
      for (int i = 0; i < points.size(); i += 1000) {
        wal.append(batch(points.subList(i, i + 1000)));
        wal.sync(); // seals a record of more than MIN_SEGMENT_BYTES: the segment is full
      }
      assertThat(wal.status().segments()).isEqualTo(11);
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).containsExactlyElementsOf(points);
    assertThat(r.replay.segments()).isEqualTo(11);
  }

  @Test
  void namesTooLongToLogAreCountedAsUnlogged() throws IOException {
    String tooLong = "x".repeat(WalFormat.MAX_NAME_CHARS + 1);
    String longest = "y".repeat(WalFormat.MAX_NAME_CHARS);
    List<Point> points =
        List.of(new Point("a", 1, 1), new Point(tooLong, 2, 2), new Point(longest, 3, 3));
    try (WriteAheadLog wal = open(new Replayed())) {
      wal.append(batch(points));
      assertThat(wal.status().unloggedPoints()).isEqualTo(1);
      assertThat(wal.status().pointsAppended()).isEqualTo(2);
    }
    assertThat(Replayed.replay(dir).points).containsExactly(points.get(0), points.get(2));
  }

  @Test
  void closeIsIdempotentAndLaterAppendsAreCountedNotThrown() throws IOException {
    WriteAheadLog wal = open(new Replayed());
    wal.append(batch(sequence("m", 1, 0, 3)));
    wal.close();
    wal.close();
    wal.append(batch(sequence("m", 1, 3, 2)));
    assertThat(wal.status().unloggedPoints()).isEqualTo(2);
    assertThat(wal.sync()).isFalse();
    assertThatThrownBy(wal::roll).isInstanceOf(IllegalStateException.class);
    assertThat(Replayed.replay(dir).points).hasSize(3);
  }

  @Test
  void aSecondLogOnTheSameDirectoryIsRefused() throws IOException {
    WriteAheadLog first = open(new Replayed());
    assertThatThrownBy(() -> open(new Replayed()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("already open");
    first.close();
    open(new Replayed()).close();
  }
}
