package dev.charcoal.store;

import static dev.charcoal.store.StoreFixtures.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store tells the metric index each metric as it enters the cache. */
class MetricStoreIndexTest {
  static final long NOW = MetricStoreTest.NOW;

  @TempDir Path dataDir;

  @Test
  void newMetricsAreFoundBeforeTheirFilesExist() throws Exception {
    MemoryTagIndex tags = new MemoryTagIndex();
    TreeMetricIndex index = new TreeMetricIndex(tags);
    MetricStore.LogOpener replaying =
        (dir, replay) -> {
          replay.accept(batch("from.last.run", NOW - 35, 7));
          return PointLog.none();
        };
    try (MetricStore store =
        MetricStore.open(
            dataDir,
            StoreFixtures.rules(),
            MetricStoreTest.SLOW,
            MetricStoreTest.CLOCK,
            replaying,
            index)) {
      store.accept(
          batch("app.requests", NOW - 25, 1, "cpu;host=a;dc=x", NOW - 25, 2, "bad..name", NOW, 3));

      assertThat(index.allMetrics()).containsExactly("app.requests", "from.last.run");
      assertThat(tags.findSeries(List.of("host=a"))).containsExactly("cpu;dc=x;host=a");
    }
  }

  @Test
  void theCacheTellsEachNewEntryOnce() {
    List<String> told = new ArrayList<>();
    MetricCache cache = new MetricCache(100, told::add);

    cache.add(batch("a", NOW, 1, "a", NOW + 10, 2, "b;x=1", NOW, 3));
    cache.drain("a");
    cache.add(batch("a", NOW + 20, 4));

    // after a drain the entry starts again, and the index hears of it again (it is idempotent)
    assertThat(told).containsExactly("a", "b;x=1", "a");
  }
}
