package dev.charcoal.store;

import static dev.charcoal.store.StoreFixtures.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.Series;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricStoreTest {
  static final long NOW = 1_700_000_000L;
  static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(NOW));

  /** Rounds an hour apart: nothing is written until close, unless a test asks. */
  static final StoreOptions SLOW =
      StoreOptions.defaults()
          .withPersistInterval(Duration.ofHours(1))
          .withCheckpointInterval(Duration.ofHours(1));

  @TempDir Path dataDir;

  private MetricStore open(PointLog log) throws Exception {
    return MetricStore.open(dataDir, StoreFixtures.rules(), SLOW, CLOCK, (dir, replay) -> log);
  }

  @Test
  void aPointIsQueryableBeforeItReachesAFile() throws Exception {
    try (MetricStore store = open(PointLog.none())) {
      store.accept(batch("app.requests", NOW - 25, 42));

      Series s = store.series().fetch("app.requests", NOW - 60, NOW, NOW).orElseThrow();
      assertThat(Files.exists(dataDir.resolve("whisper/app/requests.wsp"))).isFalse();
      assertThat(s.step()).isEqualTo(10);
      assertThat(s.start()).isEqualTo(NOW - 50);
      // whisper rounds both ends up to the next interval: NOW-50 up to and including NOW
      assertThat(s.values())
          .containsExactly(Double.NaN, Double.NaN, 42, Double.NaN, Double.NaN, Double.NaN);
    }
  }

  @Test
  void closeWritesEveryCachedPointAndReleasesTheLog() throws Exception {
    StoreFixtures.RecordingLog log = new StoreFixtures.RecordingLog();
    try (MetricStore store = open(log)) {
      store.accept(batch("a.b", NOW - 25, 1, "a.c", NOW - 15, 2));
      assertThat(log.points).isEqualTo(2);
    }

    Path file = dataDir.resolve("whisper/a/b.wsp");
    // whisper.fetch starts at the interval after `from`
    assertThat(Whisper.fetch(file, NOW - 40, NOW - 30, NOW).values()).containsExactly(1.0);
    assertThat(log.calls).containsExactly("roll 0", "delete 0", "close");
  }

  @Test
  void replaysWhatTheLogHeldIntoTheCacheAndWritesIt() throws Exception {
    MetricStore.LogOpener opener =
        (dir, replay) -> {
          replay.accept(batch("from.last.run", NOW - 35, 7));
          return PointLog.none();
        };
    try (MetricStore store =
        MetricStore.open(dataDir, StoreFixtures.rules(), SLOW, CLOCK, opener)) {
      assertThat(store.series().fetch("from.last.run", NOW - 50, NOW, NOW).orElseThrow().values())
          .contains(7.0);
    }
    assertThat(Files.exists(dataDir.resolve("whisper/from/last/run.wsp"))).isTrue();
  }

  @Test
  void cachedPointsReplaceTheFilesValuesInTheMerge() throws Exception {
    try (MetricStore store = open(PointLog.none())) {
      store.accept(batch("m", NOW - 25, 1, "m", NOW - 15, 2));
      store.close();
    }
    try (MetricStore store = open(PointLog.none())) {
      store.accept(batch("m", NOW - 15, 20, "m", NOW - 5, 30));
      Series s = store.series().fetch("m", NOW - 40, NOW, NOW).orElseThrow();
      assertThat(s.values()).containsExactly(1.0, 20.0, 30.0, Double.NaN);
    }
  }

  @Test
  void cachedPointsAreAggregatedWhenTheFetchIsFromACoarserArchive() throws Exception {
    try (MetricStore store = open(PointLog.none())) {
      // two points in one minute, the second twice: the last of each 10 s interval counts
      store.accept(
          batch("lat", NOW - 7200 + 5, 10, "lat", NOW - 7200 + 25, 99, "lat", NOW - 7200 + 25, 30));
      store.accept(batch("req.count", NOW - 7200 + 5, 10, "req.count", NOW - 7200 + 25, 30));
      // older than the 1 h archive: the fetch comes from the 60 s one
      Series lat = store.series().fetch("lat", NOW - 7300, NOW - 7000, NOW).orElseThrow();
      Series count = store.series().fetch("req.count", NOW - 7300, NOW - 7000, NOW).orElseThrow();

      assertThat(lat.step()).isEqualTo(60);
      long minute = (NOW - 7200) - Math.floorMod(NOW - 7200, 60);
      int i = (int) ((minute - lat.start()) / 60);
      assertThat(lat.values()[i]).isEqualTo(20.0);
      assertThat(count.values()[i]).isEqualTo(40.0);
      assertThat(Arrays.stream(lat.values()).filter(v -> !Double.isNaN(v)).count()).isEqualTo(1);
    }
  }

  @Test
  void unknownAndUnmappableMetricsHaveNoSeries() throws Exception {
    try (MetricStore store = open(PointLog.none())) {
      assertThat(store.series().fetch("nobody.sent.this", NOW - 60, NOW, NOW)).isEmpty();
      assertThat(store.series().fetch("../../etc/passwd", NOW - 60, NOW, NOW)).isEmpty();
    }
  }
}
