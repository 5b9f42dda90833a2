package dev.charcoal.store.wal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.wal.Replayed.Point;
import dev.charcoal.store.wal.WalDamage.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/** Round trips of arbitrary points, and replay of segments with flipped bits or forged records. */
class WalPropertiesTest {
  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("wal-prop");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<Point> points() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of("a", "b.c", "cpu;host=x", "ünï.😀"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
    Arbitrary<Long> timestamps =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1_600_000_000L, 1_600_100_000L), Arbitraries.longs());
    Arbitrary<Double> values =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-100_000, 100_000).map(Long::doubleValue),
            Arbitraries.doubles(),
            Arbitraries.longs().map(Double::longBitsToDouble),
            Arbitraries.of(
                Double.NaN,
                -0.0,
                0.0,
                Double.MAX_VALUE,
                9.007199254740992E15,
                -9.007199254740991E15));
    return Combinators.combine(names, timestamps, values).as(Point::new);
  }

  @Provide
  Arbitrary<List<List<Point>>> batches() {
    return points().list().ofMaxSize(300).list().ofMaxSize(6);
  }

  /** Java's UTF-8 encoder writes '?' for a lone surrogate, so such names do not round-trip. */
  private static boolean encodable(Point p) {
    return p.name().codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
  }

  @Property(tries = 60)
  void everyAppendedPointIsReplayed(
      @ForAll("batches") List<List<Point>> batches, @ForAll boolean syncBetweenBatches)
      throws IOException {
    List<Point> all = new ArrayList<>();
    try (WriteAheadLog wal = WriteAheadLog.open(dir, Duration.ofHours(1), new Replayed())) {
      for (List<Point> batch : batches) {
        List<Point> encodable = batch.stream().filter(WalPropertiesTest::encodable).toList();
        wal.append(Replayed.batch(encodable));
        all.addAll(encodable);
        if (syncBetweenBatches) {
          wal.sync();
        }
      }
    }
    Replayed r = Replayed.replay(dir);
    assertThat(r.points).isEqualTo(all);
    assertThat(r.replay.clean()).isTrue();
  }

  @Property(tries = 300)
  void flippedBitsLoseOnlyTheRecordsThatHoldThem(
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 1 << 20) Integer> flips)
      throws IOException {
    byte[] segment = flipSegment();
    List<Integer> bounds = Segments.recordBounds(segment);
    Set<Integer> hitBits = new TreeSet<>();
    for (int flip : flips) {
      hitBits.add(flip % (segment.length * 8));
    }
    byte[] damaged = segment.clone();
    Set<Integer> hitRecords = new TreeSet<>();
    boolean headerHit = false;
    for (int bit : hitBits) {
      int at = bit / 8;
      damaged[at] ^= (byte) (1 << (bit % 8));
      if (at < WalFormat.SEGMENT_HEADER_SIZE) {
        headerHit = true;
      }
      for (int k = 0; k < records.size(); k++) {
        if (at >= bounds.get(k) && at < bounds.get(k + 1)) {
          hitRecords.add(k);
        }
      }
    }

    Replayed r = Segments.read(Files.createDirectories(dir.resolve("scratch")), 1, damaged);

    if (headerHit) {
      assertThat(r.points).isEmpty();
      assertThat(r.replay.damage()).extracting(WalDamage::kind).containsExactly(Kind.BAD_SEGMENT);
      return;
    }
    long survivors = 0;
    for (int k = 0; k < records.size(); k++) {
      if (!hitRecords.contains(k)) {
        survivors += records.get(k).size();
      }
    }
    assertThat(r.points.size() + r.replay.unresolvedPoints()).isEqualTo(survivors);
    assertThat(r.replay.records()).isEqualTo(records.size() - hitRecords.size());
    assertThat(r.replay.damage()).hasSameSizeAs(contiguousRuns(hitRecords));
    assertThat(isSubsequence(r.points, all)).as("replayed points in order").isTrue();
  }

  private static final List<List<Point>> records = new ArrayList<>();
  private static final List<Point> all = new ArrayList<>();
  private static byte[] flipSegment;

  /** Six records of a few names, written once for every try. */
  private byte[] flipSegment() throws IOException {
    if (flipSegment == null) {
      for (int k = 0; k < 6; k++) {
        List<Point> record = Replayed.sequence("metric.number.", 7 + k, 100 * k, 20 + 5 * k);
        records.add(record);
        all.addAll(record);
      }
      flipSegment = Segments.write(dir.resolve("wal"), records);
    }
    return flipSegment;
  }

  /** Adjacent damaged records are skipped together, as one damaged stretch. */
  private static List<Integer> contiguousRuns(Set<Integer> indexes) {
    List<Integer> starts = new ArrayList<>();
    int previous = -2;
    for (int i : indexes) {
      if (i != previous + 1) {
        starts.add(i);
      }
      previous = i;
    }
    return starts;
  }

  private static boolean isSubsequence(List<Point> sub, List<Point> all) {
    int i = 0;
    for (Point p : all) {
      if (i < sub.size() && sub.get(i).equals(p)) {
        i++;
      }
    }
    return i == sub.size();
  }

  @Property(tries = 300)
  void forgedRecordsNeverBreakReplay(@ForAll @Size(max = 200) byte[] payload) throws IOException {
    byte[] segment = new byte[WalFormat.SEGMENT_HEADER_SIZE + 12 + payload.length];
    System.arraycopy(WalFormat.header(1), 0, segment, 0, WalFormat.SEGMENT_HEADER_SIZE);
    int at = WalFormat.SEGMENT_HEADER_SIZE;
    System.arraycopy(payload, 0, segment, at + 12, payload.length);
    WalFormat.INT_BE.set(segment, at, WalFormat.RECORD_MAGIC);
    WalFormat.INT_BE.set(segment, at + 4, payload.length);
    WalFormat.INT_BE.set(
        segment, at + 8, WalFormat.recordCrc(new CRC32C(), segment, at, payload.length));

    Replayed r = Segments.read(dir, 1, segment);

    assertThat(r.replay.records()).isEqualTo(1);
    assertThat(r.replay.damage()).extracting(WalDamage::kind).doesNotContain(Kind.TORN_TAIL);
    assertThat(r.points.size() + r.replay.unresolvedPoints()).isLessThanOrEqualTo(payload.length);
  }
}
