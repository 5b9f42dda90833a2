package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/** Round-trip properties of the engine, checked against a plain in-memory model. */
class WhisperPropertiesTest {
  private static final long START = 1_600_000_000L;
  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("whisper-prop");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }

  /** One batch: points as (age in seconds before now, value), then how far now advances. */
  record Batch(long[] ages, double[] values, long advance) {
    @Override
    public String toString() {
      return "Batch[ages="
          + Arrays.toString(ages)
          + ", values="
          + Arrays.toString(values)
          + ", advance="
          + advance
          + "]";
    }
  }

  @Provide
  Arbitrary<List<Retention>> archiveLists() {
    Arbitrary<Long> step = Arbitraries.of(1L, 5L, 10L, 60L);
    Arbitrary<Long> points = Arbitraries.longs().between(6, 200);
    Arbitrary<Integer> factor = Arbitraries.of(2, 3, 5, 6);
    Arbitrary<Integer> count = Arbitraries.integers().between(1, 4);
    return Combinators.combine(step, points, factor, count)
        .as(
            (s, p, f, n) -> {
              List<Retention> list = new ArrayList<>();
              long spp = s;
              long pts = p;
              for (int i = 0; i < n; i++) {
                list.add(new Retention(spp, pts));
                long nextSpp = spp * f;
                // strictly longer coverage and enough points to consolidate
                pts = Math.max(pts / f + 2, f);
                spp = nextSpp;
              }
              return list;
            });
  }

  @Provide
  Arbitrary<List<Batch>> batches() {
    Arbitrary<Batch> batch =
        Arbitraries.integers()
            .between(1, 40)
            .flatMap(
                n ->
                    Combinators.combine(
                            Arbitraries.longs().between(0, 3000).array(long[].class).ofSize(n),
                            Arbitraries.doubles()
                                .between(-1e6, 1e6)
                                .array(double[].class)
                                .ofSize(n),
                            Arbitraries.longs().between(0, 700))
                        .as(Batch::new));
    return batch.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 150)
  void fetchOfTheFinestArchiveReturnsTheLastValueWrittenPerInterval(
      @ForAll("archiveLists") List<Retention> archives,
      @ForAll("batches") List<Batch> batches,
      @ForAll AggregationMethod method)
      throws IOException {
    Path file = dir.resolve("p.wsp");
    Whisper.create(file, archives, 0.5f, method, false);
    Retention finest = archives.get(0);
    long step = finest.secondsPerPoint();
    Map<Long, double[]> model = new HashMap<>(); // ring slot -> {interval, value}
    Set<Long> uncertain = new HashSet<>();
    long now = START;
    for (Batch b : batches) {
      long[] ts = new long[b.ages().length];
      for (int i = 0; i < ts.length; i++) {
        ts[i] = now - b.ages()[i];
      }
      Whisper.updateMany(file, ts, b.values(), now);
      // the model: within archive 0's reach, the last point supplied for an interval wins
      // unless an earlier one has a later raw timestamp in that interval (whisper keeps the
      // chronologically last, the first supplied among equal timestamps)
      Map<Long, long[]> winner = new HashMap<>(); // interval -> {timestamp, index}
      for (int i = 0; i < ts.length; i++) {
        if (now - ts[i] > finest.retentionSeconds()) {
          continue;
        }
        long interval = ts[i] - Math.floorMod(ts[i], step);
        long[] w = winner.get(interval);
        if (w == null || ts[i] > w[0]) {
          winner.put(interval, new long[] {ts[i], i});
        }
      }
      // the archive is a ring: an interval one retention older lands in the same slot and
      // replaces it; two such intervals in one batch leave the slot to the write order
      Map<Long, Long> slotsWritten = new HashMap<>();
      winner.forEach(
          (interval, w) -> {
            long slot = Math.floorMod(Math.floorDiv(interval, step), finest.points());
            boolean clash = slotsWritten.put(slot, interval) != null;
            model.put(slot, clash ? null : new double[] {interval, b.values()[(int) w[1]]});
            if (clash) {
              uncertain.add(slot);
            } else {
              uncertain.remove(slot);
            }
          });
      now += b.advance();
    }
    FetchResult r = Whisper.fetch(file, now - finest.retentionSeconds(), now, now);
    assertThat(r.step()).isEqualTo(step);
    for (int i = 0; i < r.values().length; i++) {
      long t = r.from() + i * step;
      long slot = Math.floorMod(Math.floorDiv(t, step), finest.points());
      if (uncertain.contains(slot)) {
        continue;
      }
      double[] stored = model.get(slot);
      if (stored == null || stored[0] != t) {
        assertThat(r.values()[i]).as("interval %d", t).isNaN();
      } else {
        assertThat(r.values()[i]).as("interval %d", t).isEqualTo(stored[1]);
      }
    }
  }

  @Property(tries = 200)
  void writesNeverChangeTheHeaderOrTheFileSize(
      @ForAll("archiveLists") List<Retention> archives,
      @ForAll("batches") List<Batch> batches,
      @ForAll("wildTimestamps") long[] extra)
      throws IOException {
    Path file = dir.resolve("p.wsp");
    WhisperHeader header = Whisper.create(file, archives);
    byte[] headerBytes = header.encode();
    long size = Files.size(file);
    long now = START;
    for (Batch b : batches) {
      long[] ts = new long[b.ages().length + extra.length];
      double[] vs = new double[ts.length];
      for (int i = 0; i < b.ages().length; i++) {
        ts[i] = now - b.ages()[i] * 50; // reach far into coarse archives, and beyond
        vs[i] = b.values()[i];
      }
      System.arraycopy(extra, 0, ts, b.ages().length, extra.length);
      try {
        Whisper.updateMany(file, ts, vs, now);
      } catch (TimestampNotCoveredException e) {
        assertThat(Arrays.stream(extra).anyMatch(t -> t >= WhisperFormat.MAX_TIMESTAMP - 86400))
            .isTrue();
      }
      now += b.advance();
    }
    assertThat(Files.size(file)).isEqualTo(size);
    assertThat(Arrays.copyOf(Files.readAllBytes(file), headerBytes.length)).isEqualTo(headerBytes);
  }

  @Provide
  Arbitrary<long[]> wildTimestamps() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(START, START + 10_000_000L),
            Arbitraries.longs().between(-5_000_000_000L, 0),
            Arbitraries.of(0L, WhisperFormat.MAX_TIMESTAMP, WhisperFormat.MAX_TIMESTAMP + 1))
        .array(long[].class)
        .ofMaxSize(3);
  }
}
