package dev.charcoal.store;

import static dev.charcoal.store.StoreFixtures.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TaggedNamesFile;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.index.WhisperTreeScan;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting metrics from a running store: files, cache, index, and the persister's open files. */
class MetricStoreDeleteTest {
  static final long NOW = MetricStoreTest.NOW;

  @TempDir Path dataDir;
  MemoryTagIndex tags;
  TreeMetricIndex index;
  MetricStore store;

  private MetricStore open(StoreOptions options, PointLog log) throws IOException {
    Path names = dataDir.resolve("whisper").resolve(TaggedNamesFile.DEFAULT_LOCATION);
    tags = new MemoryTagIndex(TaggedNamesFile.at(names));
    index = new TreeMetricIndex(tags);
    store =
        MetricStore.open(
            dataDir, StoreFixtures.rules(), options, MetricStoreTest.CLOCK, (d, r) -> log, index);
    return store;
  }

  private MetricStore open() throws IOException {
    return open(MetricStoreTest.SLOW, PointLog.none());
  }

  @AfterEach
  void close() throws IOException {
    if (store != null) {
      store.close();
    }
  }

  private Path file(String relative) {
    return dataDir.resolve("whisper").resolve(relative);
  }

  /** The value whisper holds for the 10 s interval of {@code ts}. */
  private double valueAt(String relative, long ts) throws IOException {
    return Whisper.fetch(file(relative), ts - 10, ts, NOW).values()[0];
  }

  @Test
  void deletesTheFilesTheirEmptyDirectoriesCachedPointsAndIndexEntries() throws Exception {
    open();
    store.accept(
        batch(
            "servers.web1.cpu",
            NOW - 60,
            1,
            "servers.web1.mem",
            NOW - 60,
            2,
            "servers.web2.cpu",
            NOW - 60,
            3));
    assertThat(store.checkpoint()).isTrue(); // a round: the files exist and stay open
    store.accept(batch("servers.web1.cpu", NOW - 50, 4)); // waiting in the cache

    DeleteReport report = store.delete(List.of("servers.web1.cpu", "servers.web1.mem"));

    assertThat(report).isEqualTo(new DeleteReport(2, 2, 1, List.of()));
    assertThat(file("servers/web1")).doesNotExist();
    assertThat(file("servers/web2/cpu.wsp")).exists();
    assertThat(index.allMetrics()).containsExactly("servers.web2.cpu");
    assertThat(store.series().fetch("servers.web1.cpu", NOW - 100, NOW, NOW)).isEmpty();
    assertThat(store.checkpoint()).isTrue();
    assertThat(file("servers/web1")).doesNotExist(); // the persister did not make it again
  }

  @Test
  void pointsReceivedAfterADeleteMakeTheMetricAgainWithOnlyThemselves() throws Exception {
    open();
    store.accept(batch("app.latency", NOW - 100, 1));
    store.checkpoint();

    store.delete(List.of("app.latency"));
    store.accept(batch("app.latency", NOW - 50, 2));
    store.checkpoint();

    // written to a new file, not to the deleted one the persister had open
    assertThat(valueAt("app/latency.wsp", NOW - 100)).isNaN();
    assertThat(valueAt("app/latency.wsp", NOW - 50)).isEqualTo(2);
    assertThat(index.allMetrics()).containsExactly("app.latency");
  }

  @Test
  void aMetricOnlyInTheCacheGoesBeforeItsFileIsMade() throws Exception {
    open();
    store.accept(batch("fresh.metric", NOW - 10, 1, "fresh.metric", NOW - 20, 2));

    DeleteReport report = store.delete(List.of("fresh.metric"));
    store.checkpoint();

    assertThat(report).isEqualTo(new DeleteReport(1, 0, 2, List.of()));
    assertThat(file("fresh")).doesNotExist();
    assertThat(index.count("")).isZero();
    assertThat(store.describe("fresh.metric")).isEmpty();
  }

  @Test
  void aFileThatCannotBeDeletedIsReportedAndItsMetricStays() throws Exception {
    open();
    Files.createDirectories(file("x/y.wsp/inside")); // a directory where the file should be
    index.add("x.y");
    store.accept(batch("x.z", NOW - 10, 1));
    store.checkpoint();

    DeleteReport report = store.delete(List.of("x.y", "x.z", "bad..name"));

    assertThat(report.metrics()).isEqualTo(1);
    assertThat(report.files()).isEqualTo(1);
    assertThat(report.errors())
        .satisfiesExactly(
            e -> assertThat(e).startsWith("bad..name: "),
            e -> assertThat(e).startsWith("x.y: cannot delete").endsWith("it is a directory"));
    assertThat(index.allMetrics()).containsExactly("x.y");
    assertThat(file("x/z.wsp")).doesNotExist();
  }

  @Test
  void aDeletedTaggedSeriesLeavesTheTagIndexAndIsNotRestoredFromTheNamesFile() throws Exception {
    open();
    store.accept(batch("cpu;host=a;dc=x", NOW - 10, 1, "cpu;host=b;dc=x", NOW - 10, 2));
    store.checkpoint();

    DeleteReport report = store.delete(List.of("cpu;host=a;dc=x"));

    assertThat(report.files()).isEqualTo(1);
    assertThat(tags.findSeries(List.of("dc=x"))).containsExactly("cpu;dc=x;host=b");
    assertThat(file(MetricPaths.TAGGED_DIR)).isDirectory();
    store.close();
    store = null;
    // the names file still lists the deleted name; the next start drops it, having no file
    MemoryTagIndex restarted =
        new MemoryTagIndex(
            TaggedNamesFile.at(file(MetricPaths.TAGGED_DIR).resolve("series-names.txt")));
    WhisperTreeScan.scan(file(""), new TreeMetricIndex(restarted), restarted);
    assertThat(restarted.findSeries(List.of("dc=x"))).containsExactly("cpu;dc=x;host=b");
  }

  @Test
  void aCheckpointAfterADeleteReleasesTheLog() throws Exception {
    StoreFixtures.RecordingLog log = new StoreFixtures.RecordingLog();
    open(MetricStoreTest.SLOW, log);
    store.accept(batch("m", NOW - 10, 1));

    store.delete(List.of("m"));
    assertThat(store.checkpoint()).isTrue();

    assertThat(log.calls).containsExactly("roll 0", "delete 0");
  }

  @Test
  void deletingFromAClosedStoreFails() throws Exception {
    open().close();

    assertThatThrownBy(() -> store.delete(List.of("m")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("closed");
    assertThat(store.checkpoint()).isFalse();
  }

  /**
   * Metrics are deleted while others arrive and the persister writes every few milliseconds: in
   * each step some deleted metrics have open files, some points in the cache, some a create under
   * way. Half of them receive a point after the delete: their file must come back holding only that
   * point (a write into the deleted file, still open, would lose it); the other half must not come
   * back at all, nor stay in the index.
   */
  @Test
  void deletesUnderConcurrentIngestWithoutTheWriterMakingOrWritingDeletedFiles() throws Exception {
    StoreOptions busy =
        new StoreOptions(1_000_000, Duration.ofMillis(2), Duration.ofHours(1), 1024);
    open(busy, PointLog.none());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread other =
        new Thread(
            () -> {
              for (int i = 0; running.get(); i++) {
                store.accept(batch("keep.k" + i % 50, NOW - 10 * (i % 300), i));
                if (i % 10 == 0) {
                  LockSupport.parkNanos(200_000); // some 50,000 points a second
                }
              }
            });
    other.start();
    int steps = 30;
    int perStep = 10;
    try {
      for (int step = 0; step < steps; step++) {
        List<String> metrics = new ArrayList<>();
        for (int m = 0; m < perStep; m++) {
          metrics.add("gone.s" + step + ".m" + m);
          store.accept(batch(metrics.get(m), NOW - 100, 1));
        }
        if (step % 3 == 0) {
          store.checkpoint(); // files made and open
        } else if (step % 3 == 1) {
          Thread.sleep(1); // creates likely under way
        }
        store.accept(batch(metrics.get(0), NOW - 90, 1));

        DeleteReport report = store.delete(metrics);
        assertThat(report.errors()).isEmpty();
        assertThat(report.metrics()).isEqualTo(perStep);
        for (int m = 0; m < perStep / 2; m++) {
          store.accept(batch(metrics.get(m), NOW - 50, 2));
        }
        store.checkpoint();

        for (int m = 0; m < perStep; m++) {
          String relative = "gone/s" + step + "/m" + m + ".wsp";
          if (m < perStep / 2) {
            assertThat(valueAt(relative, NOW - 100)).as(relative).isNaN();
            assertThat(valueAt(relative, NOW - 50)).as(relative).isEqualTo(2);
            assertThat(index.contains(metrics.get(m))).as(relative).isTrue();
          } else {
            assertThat(file(relative)).doesNotExist();
            assertThat(index.contains(metrics.get(m))).as(relative).isFalse();
          }
        }
      }
    } finally {
      running.set(false);
      other.join();
    }
    store.checkpoint();
    assertThat(index.count("keep")).isEqualTo(50);
    assertThat(index.count("gone")).isEqualTo(steps * perStep / 2);
    assertThat(file("keep/k49.wsp")).exists();
    assertThat(store.status().persister().errors()).isZero();
  }
}
