package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.Replayed.assertSamePoints;
import static dev.charcoal.store.wal.Replayed.batch;
import static dev.charcoal.store.wal.Replayed.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.wal.Replayed.Point;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full or failing disk: appends are never refused or thrown at, errors are counted and retried,
 * and what was durable stays intact.
 */
class DiskFailureTest {
  @TempDir Path dir;
  private final FlakyDisk disk = new FlakyDisk();
  // Only sync(), roll() and close() commit, so each test decides when the writer writes.
  private WalOptions options = WalOptions.defaults().withFsyncInterval(Duration.ofHours(1));

  private WriteAheadLog open() throws IOException {
    return WriteAheadLog.open(dir, options, new Replayed(), disk);
  }

  private static List<Point> concat(List<Point> a, List<Point> b) {
    List<Point> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void failedWritesAreRetriedAndNothingIsLost() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    List<Point> b = sequence("m", 10, 100, 100);
    List<Point> c = sequence("m", 10, 200, 100);
    try (WriteAheadLog wal = open()) {
      wal.append(batch(a));
      assertThat(wal.sync()).isTrue();
      disk.failWrite = true;
      wal.append(batch(b));
      assertThat(wal.sync()).isFalse();
      WalStatus failed = wal.status();
      assertThat(failed.writeErrors()).isEqualTo(1);
      assertThat(failed.lastError())
          .contains(WalFormat.fileName(1))
          .contains("at byte")
          .contains(FlakyDisk.NO_SPACE);
      assertThat(failed.pointsDurable()).isEqualTo(a.size());
      assertThat(failed.pendingBytes()).isPositive();
      disk.failWrite = false;
      wal.append(batch(c));
      assertThat(wal.sync()).isTrue();
      assertThat(wal.status().pointsDurable()).isEqualTo(300);
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(concat(concat(a, b), c));
    assertThat(r.replay.clean()).isTrue();
  }

  @Test
  void failedFsyncWritesAgainWhatTheKernelMayHaveDropped() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    List<Point> b = sequence("m", 10, 100, 100);
    try (WriteAheadLog wal = open()) {
      wal.append(batch(a));
      assertThat(wal.sync()).isTrue();
      disk.failForce = true;
      wal.append(batch(b));
      assertThat(wal.sync()).isFalse();
      assertThat(wal.status().lastError()).contains("cannot fsync");
      disk.failForce = false;
      assertThat(wal.sync()).isTrue();
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(concat(a, b));
    assertThat(r.replay.clean()).isTrue();
  }

  @Test
  void failedFirstFsyncOfASegmentCreatesItAgain() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    disk.failForce = true; // the header is dropped too
    try (WriteAheadLog wal = open()) {
      wal.append(batch(a));
      assertThat(wal.sync()).isFalse();
      disk.failForce = false;
      assertThat(wal.sync()).isTrue();
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(a);
    assertThat(r.replay.clean()).isTrue();
  }

  @Test
  void diskFullWhenRollingKeepsAcceptingAndCatchesUpLater() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    List<Point> b = sequence("m", 10, 100, 100);
    try (WriteAheadLog wal = open()) {
      wal.append(batch(a));
      disk.failCreate = true;
      assertThat(wal.roll()).isEqualTo(1);
      assertThat(wal.status().lastError())
          .contains("cannot create")
          .contains(WalFormat.fileName(2));
      wal.append(batch(b));
      assertThat(wal.sync()).isFalse();
      assertThat(wal.status().pointsDurable()).isEqualTo(a.size());
      disk.failCreate = false;
      assertThat(wal.sync()).isTrue();
      assertThat(wal.status().segments()).isEqualTo(2);
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(concat(a, b));
    assertThat(r.replay.segments()).isEqualTo(2);
  }

  @Test
  void whenPendingMemoryRunsOutLaterPointsAreCountedAsUnlogged() throws IOException {
    options = options.withMaxPendingBytes(WalOptions.MIN_PENDING_BYTES);
    List<Point> points = sequence("some.metric.", 1000, 0, 200_000);
    WalStatus full;
    try (WriteAheadLog wal = open()) {
      disk.failWrite = true;
      for (int i = 0; i < points.size(); i += 10_000) {
        wal.append(batch(points.subList(i, i + 10_000)));
      }
      full = wal.status();
      assertThat(full.unloggedPoints()).isPositive();
      assertThat(full.pointsAppended() + full.unloggedPoints()).isEqualTo(points.size());
      assertThat(full.pendingBytes()).isLessThanOrEqualTo(WalOptions.MIN_PENDING_BYTES);
      disk.failWrite = false;
      assertThat(wal.sync()).isTrue();
    }
    Replayed r = Replayed.replay(dir);
    assertSamePoints(r.points, points.subList(0, (int) full.pointsAppended()));
    assertThat(r.replay.clean()).isTrue();
  }

  @Test
  void deleteThroughDropsRecordsTheDiskCouldNotTake() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    List<Point> b = sequence("m", 10, 100, 100);
    try (WriteAheadLog wal = open()) {
      disk.failWrite = true;
      wal.append(batch(a));
      long sealed = wal.roll();
      assertThat(wal.status().pendingBytes()).isPositive();
      wal.deleteThrough(sealed);
      assertThat(wal.status().pendingBytes()).isZero();
      disk.failWrite = false;
      wal.append(batch(b));
    }
    assertThat(Replayed.replay(dir).points).isEqualTo(b);
  }

  @Test
  void closeOnAFailingDiskReportsRatherThanThrows() throws IOException {
    List<Point> a = sequence("m", 10, 0, 100);
    WriteAheadLog wal = open();
    wal.append(batch(a));
    wal.sync();
    disk.failWrite = true;
    wal.append(batch(sequence("m", 10, 100, 100)));
    wal.close();
    assertThat(wal.status().writeErrors()).isPositive();
    assertThat(wal.status().pointsDurable()).isEqualTo(a.size());
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(a);
    assertThat(r.replay.damage())
        .extracting(WalDamage::kind)
        .containsExactly(WalDamage.Kind.TORN_TAIL);
  }
}
