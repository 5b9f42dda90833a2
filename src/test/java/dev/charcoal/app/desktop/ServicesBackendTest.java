package dev.charcoal.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Event;
import dev.charcoal.model.PointBatch;
import dev.charcoal.model.Retention;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's backend over real services: what the window shows comes from the store. */
class ServicesBackendTest {
  private static final long NOW = 1_700_000_000L;
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path data;
  private Services services;
  private ServicesBackend backend;

  @BeforeEach
  void start() throws Exception {
    InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(NOW));
    services =
        Services.start(
            new ServeOptions(
                data, "127.0.0.1", 0, 0, 0, 0, null, StoreOptions.DEFAULT_MAX_CACHE_POINTS),
            clock,
            "test",
            QUIET,
            QUIET);
    backend = new ServicesBackend(services, clock, List.of("pickle: port taken"), data);
    PointBatch batch = new PointBatch(8);
    batch.add("servers.web1.cpu", NOW - 60, 1.5);
    batch.add("servers.web2.cpu", NOW - 60, 2.5);
    batch.add("servers.web1", NOW - 60, 9);
    services.store().accept(batch);
  }

  @AfterEach
  void stop() throws Exception {
    services.close();
  }

  @Test
  void listsTheTreeFromTheIndexWithCountsAndMetricsThatAreAlsoBranchesMerged() throws Exception {
    assertThat(backend.children("")).extracting(MetricNode::path).contains("servers");
    assertThat(backend.children("servers"))
        .containsExactly(
            new MetricNode("servers.web1", true, true, 2),
            new MetricNode("servers.web2", false, true, 1));
    assertThat(backend.metrics("servers.*.cpu", name -> name.contains("2"), 10))
        .containsExactly("servers.web2.cpu");
  }

  @Test
  void evaluatesTargetsOverTheCacheAndReportsParseErrorsWithTheirPosition() throws Exception {
    List<TimeSeries> sum =
        backend.evaluate(List.of("sumSeries(servers.*.cpu)"), NOW - 300, NOW, 100);
    assertThat(sum).hasSize(1);
    assertThat(sum.get(0).values()).contains(4.0);
    assertThatThrownBy(() -> backend.evaluate(List.of("sumSeries(servers.*"), NOW - 300, NOW, 100))
        .isInstanceOf(BackendException.class)
        .satisfies(e -> assertThat(((BackendException) e).position()).isEqualTo(19));
  }

  @Test
  void storesAndFindsEventsAndReportsStatus() throws Exception {
    Event added =
        backend.addEvent(new Event(0, NOW - 10, "deploy", List.of("prod", "web"), "v1.2"));
    assertThat(added.id()).isPositive();
    assertThat(backend.events(NOW - 60, NOW, List.of("web")))
        .extracting(Event::what)
        .containsExactly("deploy");
    assertThat(backend.events(NOW - 60, NOW, List.of("db"))).isEmpty();
    var status = backend.status();
    assertThat(status.listeners()).containsKeys("carbon-tcp", "http");
    assertThat(status.receivedPoints()).isEqualTo(3);
    assertThat(status.walState()).startsWith("ok");
    assertThat(status.errors()).containsExactly("pickle: port taken");
    assertThat(backend.functions()).extracting(f -> f.name()).contains("sumSeries");
  }

  @Test
  void describesAWhisperFileAndAMetricStillOnlyInTheCache() throws Exception {
    Path fixture = data.resolve("whisper/fixture/disk.wsp");
    Files.createDirectories(fixture.getParent());
    Whisper.create(
        fixture,
        List.of(new Retention(10, 8640), new Retention(60, 10080)),
        0.3f,
        AggregationMethod.MAX,
        false);

    MetricFileInfo.Written disk =
        (MetricFileInfo.Written) backend.fileInfo("fixture.disk").orElseThrow();
    MetricFileInfo cached = backend.fileInfo("servers.web1.cpu").orElseThrow();

    assertThat(disk.file()).isEqualTo(fixture.toAbsolutePath().toString());
    assertThat(disk.size()).isEqualTo(Files.size(fixture));
    assertThat(disk.layout())
        .isEqualTo(
            new MetricFileInfo.FileLayout(
                List.of(new Retention(10, 8640), new Retention(60, 10080)), "max", 0.3f, 604800));
    assertThat(disk.lastPoint()).isZero();
    assertThat(cached).isInstanceOf(MetricFileInfo.NotYetWritten.class);
    assertThat(cached.cachedPoints()).isEqualTo(1);
    assertThat(backend.fileInfo("nobody.sent.this")).isEmpty();
  }

  @Test
  void deletesABranchWithItsFilesAndReportsProgress() throws Exception {
    services.store().checkpoint(); // the cached points are written: the files exist

    DeletionPlan plan = backend.planDeletion(List.of(), List.of("servers.web1"));
    List<Integer> progress = new ArrayList<>();
    DeletionResult result = backend.delete(plan, progress::add);

    assertThat(plan).isEqualTo(new DeletionPlan(List.of("servers.web1", "servers.web1.cpu"), 2));
    assertThat(result).isEqualTo(new DeletionResult(2, 2, List.of()));
    assertThat(progress).containsExactly(2);
    assertThat(data.resolve("whisper/servers/web1")).doesNotExist();
    assertThat(data.resolve("whisper/servers/web1.wsp")).doesNotExist();
    assertThat(backend.children("servers"))
        .containsExactly(new MetricNode("servers.web2", false, true, 1));
    assertThat(backend.planDeletion(List.of(), List.of("servers.web1")).isEmpty()).isTrue();
  }
}
