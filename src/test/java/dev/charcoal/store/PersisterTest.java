package dev.charcoal.store;

import static dev.charcoal.store.StoreFixtures.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersisterTest {
  static final long NOW = 1_700_000_000L;

  @TempDir Path root;
  MetricCache cache;
  StoreFixtures.RecordingLog log;
  WhisperFiles files;
  Persister persister;

  @BeforeEach
  void setUp() {
    cache = new MetricCache(1_000_000);
    log = new StoreFixtures.RecordingLog();
    files = new WhisperFiles(root, StoreFixtures.rules(), 2);
    persister =
        new Persister(
            cache,
            log,
            files,
            InstantSource.fixed(Instant.ofEpochSecond(NOW)),
            Duration.ofHours(1),
            Duration.ofHours(1));
  }

  private double valueAt(String file, long ts) throws Exception {
    // whisper.fetch starts at the interval after {@code from}: ask from one 10 s step before
    FetchResult r = Whisper.fetch(root.resolve(file), ts - 10, ts, NOW);
    return r.values()[0];
  }

  @Test
  void createsFilesByTheRulesAndWritesEveryMetric() throws Exception {
    cache.add(batch("web.hits.count", NOW - 25, 3, "web.latency", NOW - 25, 7.5));

    assertThat(persister.round(false)).isTrue();

    WhisperHeader counts = Whisper.info(root.resolve("web/hits/count.wsp"));
    assertThat(counts.aggregationMethod()).isEqualTo(AggregationMethod.SUM);
    assertThat(counts.xFilesFactor()).isZero();
    assertThat(counts.archives()).hasSize(2);
    assertThat(Whisper.info(root.resolve("web/latency.wsp")).aggregationMethod())
        .isEqualTo(AggregationMethod.AVERAGE);
    assertThat(valueAt("web/hits/count.wsp", NOW - 25)).isEqualTo(3);
    assertThat(valueAt("web/latency.wsp", NOW - 25)).isEqualTo(7.5);
    assertThat(cache.size()).isZero();
    PersisterStats stats = persister.stats();
    assertThat(stats.creates()).isEqualTo(2);
    assertThat(stats.committedPoints()).isEqualTo(2);
    assertThat(stats.updateOperations()).isEqualTo(2);
  }

  @Test
  void theLastValueReceivedForATimestampWins() throws Exception {
    cache.add(batch("m", NOW - 30, 1, "m", NOW - 20, 2, "m", NOW - 30, 3));
    persister.round(false);

    assertThat(valueAt("m.wsp", NOW - 30)).isEqualTo(3);
    assertThat(valueAt("m.wsp", NOW - 20)).isEqualTo(2);
  }

  @Test
  void keepsAndRetriesPointsWhoseFileCannotBeCreatedYet() throws Exception {
    Files.writeString(root.resolve("blocked"), "a file where a directory should be");
    cache.add(batch("blocked.metric", NOW - 10, 1, "free", NOW - 10, 2));

    assertThat(persister.round(false)).isFalse();
    assertThat(cache.snapshot("blocked.metric").count()).isEqualTo(1);
    assertThat(persister.stats().errors()).isEqualTo(1);
    assertThat(persister.stats().lastError()).contains("blocked.metric").contains("will retry");
    assertThat(valueAt("free.wsp", NOW - 10)).isEqualTo(2);

    Files.delete(root.resolve("blocked"));
    assertThat(persister.round(false)).isTrue();
    assertThat(valueAt("blocked/metric.wsp", NOW - 10)).isEqualTo(1);
  }

  @Test
  void dropsAndReportsPointsForACorruptFile() throws Exception {
    Files.write(root.resolve("broken.wsp"), new byte[] {1, 2, 3});
    cache.add(batch("broken", NOW - 10, 1, "fine", NOW - 10, 2));

    assertThat(persister.round(false)).isTrue();
    assertThat(cache.size()).isZero();
    assertThat(persister.stats().droppedPoints()).isEqualTo(1);
    assertThat(persister.stats().lastError()).contains("broken").contains("dropped");
    assertThat(Files.size(root.resolve("broken.wsp"))).isEqualTo(3);
    assertThat(valueAt("fine.wsp", NOW - 10)).isEqualTo(2);
  }

  @Test
  void releasesTheLogOnlyWhenEverythingDrainedWasWritten() throws Exception {
    Files.writeString(root.resolve("blocked"), "x");
    cache.add(batch("blocked.metric", NOW - 10, 1));
    persister.round(true);
    assertThat(log.calls).containsExactly("roll 0");

    Files.delete(root.resolve("blocked"));
    persister.round(true);
    assertThat(log.calls).containsExactly("roll 0", "roll 1", "delete 1");
    assertThat(persister.stats().checkpoints()).isEqualTo(1);
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedFilesOpen() throws Exception {
    cache.add(batch("a", NOW - 10, 1, "b", NOW - 10, 2, "c", NOW - 10, 3));
    persister.round(false);
    cache.add(batch("a", NOW - 20, 4));
    persister.round(false);

    assertThat(files.openCount()).isEqualTo(2);
    assertThat(valueAt("a.wsp", NOW - 20)).isEqualTo(4);
    assertThat(valueAt("c.wsp", NOW - 10)).isEqualTo(3);
  }

  @Test
  void writesMetricsWithAndWithoutFilesInOneRound() throws Exception {
    cache.add(batch("old", NOW - 10, 1));
    persister.round(false);
    cache.add(batch("old", NOW - 20, 2, "new.one", NOW - 20, 3, "new.two", NOW - 20, 4));

    assertThat(persister.round(false)).isTrue();

    assertThat(valueAt("old.wsp", NOW - 20)).isEqualTo(2);
    assertThat(valueAt("new/one.wsp", NOW - 20)).isEqualTo(3);
    assertThat(valueAt("new/two.wsp", NOW - 20)).isEqualTo(4);
    assertThat(cache.size()).isZero();
    assertThat(persister.stats().creates()).isEqualTo(3);
    assertThat(persister.stats().createNanos()).isPositive();
  }

  @Test
  void writesIntoAnExistingFileByItsOwnArchives() throws Exception {
    Whisper.create(root.resolve("theirs.wsp"), List.of(new Retention(10, 60)));
    cache.add(batch("theirs", NOW - 10, 5));

    assertThat(persister.round(false)).isTrue();

    assertThat(valueAt("theirs.wsp", NOW - 10)).isEqualTo(5);
    assertThat(persister.stats().creates()).isZero();
  }

  @Test
  void checkpointsAfterAWrittenFileWasClosedAndDeleted() throws Exception {
    cache.add(batch("a", NOW - 10, 1, "b", NOW - 10, 2, "c", NOW - 10, 3));
    persister.round(false); // two files stay open: the third was closed, not synced
    for (String name : List.of("a.wsp", "b.wsp", "c.wsp")) {
      Files.delete(root.resolve(name));
    }

    assertThat(persister.round(true)).isTrue();

    assertThat(log.calls).containsExactly("roll 0", "delete 0");
  }
}
