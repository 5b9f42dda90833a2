package dev.charcoal.store;

import static dev.charcoal.store.StoreFixtures.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tree's "File info" reads: the file's layout, or the rules' for a file yet to come. */
class MetricStoreDescribeTest {
  static final long NOW = MetricStoreTest.NOW;

  @TempDir Path dataDir;
  MetricStore store;

  @BeforeEach
  void open() throws Exception {
    store =
        MetricStore.open(
            dataDir,
            StoreFixtures.rules(),
            MetricStoreTest.SLOW,
            MetricStoreTest.CLOCK,
            (d, r) -> PointLog.none());
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void describesAFileWithItsLayoutNewestPointAndCachedPoints() throws Exception {
    Path file = dataDir.resolve("whisper/servers/web1/cpu.wsp");
    Files.createDirectories(file.getParent());
    List<Retention> archives = List.of(new Retention(10, 8640), new Retention(60, 10080));
    Whisper.create(file, archives, 0.25f, AggregationMethod.MAX, false);
    Whisper.updateMany(file, new long[] {NOW - 7200, NOW - 40}, new double[] {1, 2}, NOW);
    store.accept(batch("servers.web1.cpu", NOW - 5, 3, "servers.web1.cpu", NOW - 3, 4));

    MetricFile.Written info = (MetricFile.Written) store.describe("servers.web1.cpu").orElseThrow();

    assertThat(info.path()).isEqualTo(file.toAbsolutePath());
    assertThat(info.size()).isEqualTo(Files.size(file)).isEqualTo(16 + 2 * 12 + 18720 * 12);
    assertThat(info.layout())
        .isEqualTo(new MetricFile.Layout(archives, AggregationMethod.MAX, 0.25f, 604800));
    assertThat(info.lastPoint()).isEqualTo(NOW - 40 - Math.floorMod(NOW - 40, 10));
    assertThat(info.cachedPoints()).isEqualTo(2);
    assertThat(info.modified()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
  }

  @Test
  void theNewestPointComesFromACoarserArchiveWhenTheFinestHasNone() throws Exception {
    Path file = Files.createDirectories(dataDir.resolve("whisper")).resolve("old.wsp");
    Whisper.create(file, List.of(new Retention(10, 360), new Retention(60, 1440)));
    Whisper.updateMany(file, new long[] {NOW - 7200}, new double[] {1}, NOW);

    MetricFile.Written info = (MetricFile.Written) store.describe("old").orElseThrow();

    assertThat(info.lastPoint()).isEqualTo(NOW - 7200 - Math.floorMod(NOW - 7200, 60));
  }

  @Test
  void aMetricOnlyInTheCacheHasTheLayoutItsFileWillGet() throws Exception {
    store.accept(batch("web.hits.count", NOW - 5, 3));

    MetricFile info = store.describe("web.hits.count").orElseThrow();

    assertThat(info)
        .isEqualTo(
            new MetricFile.NotCreated(
                "web.hits.count",
                dataDir.resolve("whisper/web/hits/count.wsp").toAbsolutePath(),
                1,
                new MetricFile.Layout(
                    List.of(new Retention(10, 360), new Retention(60, 1440)),
                    AggregationMethod.SUM,
                    0f,
                    86400)));
    assertThat(store.hasFile("web.hits.count")).isFalse();
  }

  @Test
  void aCorruptFileIsReportedNotThrown() throws Exception {
    Files.createDirectories(dataDir.resolve("whisper"));
    Files.write(dataDir.resolve("whisper/broken.wsp"), new byte[] {0, 0, 0, 1, 2, 3});

    MetricFile info = store.describe("broken").orElseThrow();

    assertThat(info).isInstanceOf(MetricFile.Unreadable.class);
    assertThat(((MetricFile.Unreadable) info).problem()).contains("too short");
    assertThat(store.hasFile("broken")).isTrue();
  }

  @Test
  void aNameWithNoFileAndNoPointsHasNothingToDescribe() {
    assertThat(store.describe("never.seen")).isEmpty();
    assertThat(store.describe("../../etc/passwd")).isEmpty();
  }
}
