package dev.charcoal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.PointBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetricCacheTest {
  private static PointBatch batch(Object... nameTsValue) {
    PointBatch b = new PointBatch(4);
    for (int i = 0; i < nameTsValue.length; i += 3) {
      b.add(
          (String) nameTsValue[i],
          ((Number) nameTsValue[i + 1]).longValue(),
          ((Number) nameTsValue[i + 2]).doubleValue());
    }
    return b;
  }

  private static List<Long> timestamps(CachedPoints p) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < p.count(); i++) {
      out.add(p.timestamps()[i]);
    }
    return out;
  }

  @Test
  void keepsPointsPerMetricInArrivalOrder() {
    MetricCache cache = new MetricCache(100);
    assertThat(cache.add(batch("a.b", 20, 1, "c", 5, 2, "a.b", 10, 3))).isEqualTo(3);

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.metricCount()).isEqualTo(2);
    assertThat(timestamps(cache.snapshot("a.b"))).containsExactly(20L, 10L);
    assertThat(cache.metricsByPointCount()).containsExactly("a.b", "c");
  }

  @Test
  void refusesNamesThatCannotMapToAFileAndCountsThem() {
    MetricCache cache = new MetricCache(100);
    int kept = cache.add(batch("a..b", 1, 1, "ok", 1, 1, "/etc/passwd", 1, 1, "x\u0000y", 1, 1));

    assertThat(kept).isEqualTo(1);
    assertThat(cache.metrics()).containsExactly("ok");
    assertThat(cache.rejectedNames())
        .containsEntry(MetricPath.Reason.EMPTY_NODE, 1L)
        .containsEntry(MetricPath.Reason.ABSOLUTE, 1L)
        .containsEntry(MetricPath.Reason.CONTROL_CHARACTER, 1L);
  }

  @Test
  void keepsOneEntryPerFileWhateverTheTagOrder() {
    MetricCache cache = new MetricCache(100);
    cache.add(batch("cpu;host=a;dc=x", 1, 1, "cpu;dc=x;host=a", 2, 2));

    assertThat(cache.metrics()).containsExactly("cpu;dc=x;host=a");
    assertThat(cache.snapshot("cpu;dc=x;host=a").count()).isEqualTo(2);
  }

  @Test
  void drainTakesEverythingAndLaterPointsStartAfresh() {
    MetricCache cache = new MetricCache(100);
    cache.add(batch("m", 1, 1, "m", 2, 2));
    MetricCache.Drained drained = cache.drain("m").orElseThrow();
    cache.add(batch("m", 3, 3));

    assertThat(timestamps(drained.points())).containsExactly(1L, 2L);
    assertThat(drained.path().relativePath()).isEqualTo("m.wsp");
    assertThat(timestamps(cache.snapshot("m"))).containsExactly(3L);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.drain("absent")).isEmpty();
  }

  @Test
  void restorePutsFailedPointsBeforeNewerOnes() {
    MetricCache cache = new MetricCache(100);
    cache.add(batch("m", 1, 1, "m", 2, 2));
    MetricCache.Drained drained = cache.drain("m").orElseThrow();
    cache.add(batch("m", 3, 3));
    cache.restore(drained);

    assertThat(timestamps(cache.snapshot("m"))).containsExactly(1L, 2L, 3L);
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void restoreAfterTheMetricLeftTheCacheRecreatesIt() {
    MetricCache cache = new MetricCache(100);
    cache.add(batch("m", 1, 1));
    cache.restore(cache.drain("m").orElseThrow());

    assertThat(timestamps(cache.snapshot("m"))).containsExactly(1L);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void overloadedAtTheLimitAndRelievedBelowTheLowWatermark() {
    MetricCache cache = new MetricCache(100);
    PointBatch big = new PointBatch(100);
    for (int i = 0; i < 100; i++) {
      big.add("m" + (i % 10), i, i);
    }
    cache.add(big);
    AtomicInteger relieved = new AtomicInteger();

    assertThat(cache.overloaded()).isTrue();
    cache.whenRelieved(relieved::incrementAndGet);
    assertThat(relieved).hasValue(0);

    cache.drain("m0"); // 90 left: under 95
    assertThat(relieved).hasValue(1);
    assertThat(cache.overloaded()).isFalse();
    cache.whenRelieved(relieved::incrementAndGet);
    assertThat(relieved).hasValue(2);
  }

  @Test
  void refusesAndCountsPointsPastTheHardLimit() {
    MetricCache cache = new MetricCache(100);
    PointBatch big = new PointBatch(200);
    for (int i = 0; i < 200; i++) {
      big.add("m", i, i);
    }

    assertThat(cache.add(big)).isEqualTo(105);
    assertThat(cache.overflowCount()).isEqualTo(95);
    assertThat(cache.size()).isEqualTo(105);
  }

  @Test
  void replayedPointsIgnoreTheLimit() {
    MetricCache cache = new MetricCache(10);
    PointBatch big = new PointBatch(50);
    for (int i = 0; i < 50; i++) {
      big.add("m", i, i);
    }
    cache.addReplayed(big);

    assertThat(cache.size()).isEqualTo(50);
    assertThat(cache.overflowCount()).isZero();
  }

  @Test
  void concurrentWritersAndADrainerLoseNothing() throws Exception {
    MetricCache cache = new MetricCache(10_000_000);
    int threads = 4;
    int perThread = 50_000;
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      writers.add(
          new Thread(
              () -> {
                PointBatch b = new PointBatch(100);
                for (int i = 0; i < perThread; i++) {
                  b.add("m" + (i % 7), id * perThread + i, 1);
                  if (b.size() == 100) {
                    cache.add(b);
                    b.clear();
                  }
                }
                cache.add(b);
              }));
    }
    writers.forEach(Thread::start);
    long drained = 0;
    while (writers.stream().anyMatch(Thread::isAlive)) {
      for (String m : cache.metrics()) {
        drained += cache.drain(m).map(d -> d.points().count()).orElse(0);
      }
    }
    for (Thread w : writers) {
      w.join();
    }
    for (String m : cache.metrics()) {
      drained += cache.drain(m).map(d -> d.points().count()).orElse(0);
    }

    assertThat(drained).isEqualTo((long) threads * perThread);
    assertThat(cache.size()).isZero();
  }
}
