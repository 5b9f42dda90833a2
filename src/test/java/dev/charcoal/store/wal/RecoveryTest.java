package dev.charcoal.store.wal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.charcoal.store.wal.Replayed.Point;
import dev.charcoal.store.wal.WalDamage.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay of damaged segments: what is sound is replayed, the rest reported, nothing thrown. */
class RecoveryTest {
  @TempDir Path dir;
  private Path scratch;
  // Record 1 defines a and b; record 2 defines c; record 3 uses all three.
  private final List<Point> first = List.of(p("a", 1), p("b", 2), p("a", 3));
  private final List<Point> second = List.of(p("c", 4), p("a", 5));
  private final List<Point> third = List.of(p("c", 6), p("b", 7), p("c", 8), p("a", 9));
  private byte[] segment;
  private List<Integer> bounds;

  private static Point p(String name, int i) {
    return new Point(name, 1_700_000_000L + 10 * i, i);
  }

  @BeforeEach
  void writeSegment() throws IOException {
    segment = Segments.write(dir.resolve("wal"), List.of(first, second, third));
    bounds = Segments.recordBounds(segment);
    scratch = Files.createDirectories(dir.resolve("scratch"));
  }

  private List<Point> firstRecords(int k) {
    List<List<Point>> records = List.of(first, second, third);
    List<Point> points = new ArrayList<>();
    records.subList(0, k).forEach(points::addAll);
    return points;
  }

  @Test
  void everyTruncationReplaysTheRecordsBeforeTheCut() throws IOException {
    assertThat(bounds).hasSize(4);
    assertThat(bounds.get(3)).isEqualTo(segment.length);
    for (int length = 0; length <= segment.length; length++) {
      Replayed r = Segments.read(scratch, 1, Arrays.copyOf(segment, length));
      int whole = 0;
      while (whole < 3 && bounds.get(whole + 1) <= length) {
        whole++;
      }
      assertThat(r.points).as("length %d", length).isEqualTo(firstRecords(whole));
      assertThat(r.replay.records()).as("length %d", length).isEqualTo(whole);
      int cut = length < WalFormat.SEGMENT_HEADER_SIZE ? 0 : bounds.get(whole);
      if (length == 0 || length == cut) {
        assertThat(r.replay.damage()).as("length %d", length).isEmpty();
      } else {
        assertThat(r.replay.damage())
            .as("length %d", length)
            .extracting(WalDamage::kind, WalDamage::offset, WalDamage::length)
            .containsExactly(tuple(Kind.TORN_TAIL, (long) cut, (long) length - cut));
      }
    }
  }

  @Test
  void aDamagedRecordIsSkippedAndTheNextOneReplayed() throws IOException {
    int start = bounds.get(1);
    int length = bounds.get(2) - start;
    // Payload, checksum, length and magic: each damage is found, and the walk resumes after it.
    for (int at : List.of(start + length - 1, start + 8, start + 5, start)) {
      byte[] damaged = segment.clone();
      damaged[at] ^= 0x10;
      Replayed r = Segments.read(scratch, 1, damaged);
      List<Point> expected = new ArrayList<>(first);
      third.stream().filter(pt -> !pt.name().equals("c")).forEach(expected::add);
      assertThat(r.points).as("byte %d", at).isEqualTo(expected);
      assertThat(r.replay.unresolvedPoints()).as("byte %d", at).isEqualTo(2);
      assertThat(r.replay.damage())
          .as("byte %d", at)
          .containsExactly(
              new WalDamage(
                  scratch.resolve(WalFormat.fileName(1)),
                  start,
                  length,
                  Kind.CORRUPT_RECORD,
                  "damaged bytes skipped up to the next record"));
    }
  }

  @Test
  void garbageBetweenRecordsIsSkipped() throws IOException {
    int at = bounds.get(2);
    byte[] garbage = new byte[37];
    Arrays.fill(garbage, (byte) 0xFE);
    byte[] damaged = new byte[segment.length + garbage.length];
    System.arraycopy(segment, 0, damaged, 0, at);
    System.arraycopy(garbage, 0, damaged, at, garbage.length);
    System.arraycopy(segment, at, damaged, at + garbage.length, segment.length - at);
    Replayed r = Segments.read(scratch, 1, damaged);
    assertThat(r.points).isEqualTo(firstRecords(3));
    assertThat(r.replay.damage())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Kind.CORRUPT_RECORD);
              assertThat(d.offset()).isEqualTo(at);
              assertThat(d.length()).isEqualTo(garbage.length);
            });
  }

  @Test
  void zeroFilledTailIsATornTail() throws IOException {
    byte[] padded = Arrays.copyOf(segment, segment.length + 4096);
    Replayed r = Segments.read(scratch, 1, padded);
    assertThat(r.points).isEqualTo(firstRecords(3));
    assertThat(r.replay.damage()).extracting(WalDamage::kind).containsExactly(Kind.TORN_TAIL);
  }

  @Test
  void segmentsWithABadHeaderAreSetAsideAndTheOthersReplayed() throws IOException {
    Path wal = dir.resolve("wal");
    byte[] otherVersion = segment.clone();
    otherVersion[4] = 2;
    byte[] wrongId = segment.clone(); // a valid header, for segment 1
    Files.write(wal.resolve(WalFormat.fileName(3)), otherVersion);
    Files.write(wal.resolve(WalFormat.fileName(4)), wrongId);
    Files.write(wal.resolve(WalFormat.fileName(5)), "hello, world, not a log".getBytes());
    Files.write(wal.resolve(WalFormat.fileName(6)), new byte[] {1, 2, 3});

    Replayed r = Replayed.replay(wal);

    assertThat(r.points).isEqualTo(firstRecords(3));
    assertThat(r.replay.segments()).isEqualTo(2); // 1, and 2 which is empty
    assertThat(r.replay.damage())
        .extracting(WalDamage::kind, WalDamage::detail)
        .containsExactly(
            tuple(Kind.BAD_SEGMENT, "unsupported format version 2"),
            tuple(Kind.BAD_SEGMENT, "header names segment 1"),
            tuple(Kind.BAD_SEGMENT, "not a write-ahead log segment (bad magic)"),
            tuple(Kind.BAD_SEGMENT, "not a write-ahead log segment (3 bytes)"));
    for (long id = 3; id <= 6; id++) {
      assertThat(wal.resolve(WalFormat.fileName(id))).doesNotExist();
      assertThat(wal.resolve(WalFormat.fileName(id) + ".corrupt")).exists();
    }
    assertThat(Files.readAllBytes(wal.resolve(WalFormat.fileName(4) + ".corrupt")))
        .isEqualTo(wrongId);
    // The set-aside ids are never reused, and set-aside files are not read again.
    assertThat(wal.resolve(WalFormat.fileName(7))).exists();
    Replayed again = Replayed.replay(wal);
    assertThat(again.replay.damage()).isEmpty();
    assertThat(wal.resolve(WalFormat.fileName(8))).exists();
  }

  @Test
  void emptySegmentsAreFine() throws IOException {
    Replayed r = Segments.read(scratch, 9, new byte[0]);
    assertThat(r.points).isEmpty();
    assertThat(r.replay.clean()).isTrue();
    assertThat(r.replay.segments()).isEqualTo(1);
  }

  @Test
  void aForgedRecordWithAGoodChecksumButBadPointsIsReported() throws IOException {
    // A record whose payload starts with a sound point, then a name longer than the payload.
    byte[] payload = {0b1011, 1, 'z', 2, 2, 0b1001, 100};
    byte[] forged = Arrays.copyOf(segment, segment.length + 12 + payload.length);
    int at = segment.length;
    System.arraycopy(payload, 0, forged, at + 12, payload.length);
    WalFormat.INT_BE.set(forged, at, WalFormat.RECORD_MAGIC);
    WalFormat.INT_BE.set(forged, at + 4, payload.length);
    WalFormat.INT_BE.set(
        forged,
        at + 8,
        WalFormat.recordCrc(new java.util.zip.CRC32C(), forged, at, payload.length));
    Replayed r = Segments.read(scratch, 1, forged);
    List<Point> expected = new ArrayList<>(firstRecords(3));
    expected.add(new Point("z", 1, 1));
    assertThat(r.points).isEqualTo(expected);
    assertThat(r.replay.damage())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Kind.CORRUPT_RECORD);
              assertThat(d.offset()).isEqualTo(at);
              assertThat(d.detail()).contains("name of 100 bytes");
            });
  }
}
