package dev.charcoal.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBackendTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:05Z");
  final TestClock clock = new TestClock(NOW);
  final DemoBackend backend = new DemoBackend(clock);
  final long now = NOW.getEpochSecond();

  @Test
  void listsChildrenWithTheirMetricCounts() {
    List<MetricNode> top = backend.children("");

    assertThat(top).extracting(MetricNode::path).containsExactly("apps", "servers", "stats");
    assertThat(top).allMatch(node -> node.branch() && !node.leaf());
    MetricNode db1 =
        backend.children("servers").stream()
            .filter(n -> n.name().equals("db1"))
            .findFirst()
            .orElseThrow();
    assertThat(db1.leafCount()).isEqualTo(10);
    assertThat(backend.children("servers.db1"))
        .filteredOn(MetricNode::leaf)
        .extracting(MetricNode::name)
        .containsExactly("connections");
  }

  @Test
  void searchesWithAGlobAndAFilter() throws BackendException {
    assertThat(backend.metrics("servers.*.cpu.user", name -> name.contains("web"), 3))
        .containsExactly("servers.web1.cpu.user", "servers.web2.cpu.user", "servers.web3.cpu.user");
  }

  @Test
  void keepsTenSecondsForADayAndAlignsAsWhisperDoes() throws BackendException {
    List<TimeSeries> series =
        backend.evaluate(List.of("servers.web1.cpu.user"), now - 3600, now, 500);

    TimeSeries s = series.get(0);
    assertThat(s.step()).isEqualTo(10);
    assertThat(s.start() % 10).isZero();
    assertThat(s.size()).isEqualTo(360);
    assertThat(Arrays.stream(s.values())).allMatch(v -> v >= 0 && v <= 100);
  }

  @Test
  void olderRangesComeCoarser() throws BackendException {
    TimeSeries week =
        backend.evaluate(List.of("servers.web1.cpu.user"), now - 7 * 86_400, now, 500).get(0);
    TimeSeries month =
        backend.evaluate(List.of("servers.web1.cpu.user"), now - 30 * 86_400, now, 500).get(0);

    assertThat(week.step()).isEqualTo(60);
    assertThat(month.step()).isEqualTo(600);
  }

  @Test
  void web3HasGaps() throws BackendException {
    TimeSeries s =
        backend.evaluate(List.of("servers.web3.cpu.user"), now - 86_400, now, 500).get(0);

    assertThat(Arrays.stream(s.values())).anyMatch(v -> Double.isNaN(v));
  }

  @Test
  void theSameInstantAlwaysGivesTheSameValue() throws BackendException {
    double[] first =
        backend.evaluate(List.of("apps.checkout.latency.p99"), now - 600, now, 500).get(0).values();
    clock.advance(Duration.ofMinutes(1));
    double[] later =
        backend.evaluate(List.of("apps.checkout.latency.p99"), now - 600, now, 500).get(0).values();

    assertThat(later).containsExactly(first);
  }

  @Test
  void evaluatesRenderFunctions() throws BackendException {
    List<TimeSeries> sum =
        backend.evaluate(List.of("sumSeries(apps.*.requests.count)"), now - 600, now, 500);

    assertThat(sum)
        .extracting(TimeSeries::name)
        .containsExactly("sumSeries(apps.*.requests.count)");
  }

  @Test
  void aTargetThatDoesNotParseFailsWithItsPosition() {
    assertThatThrownBy(() -> backend.evaluate(List.of("sumSeries(a.b"), now - 600, now, 500))
        .isInstanceOf(BackendException.class)
        .satisfies(
            e -> assertThat(((BackendException) e).position()).isEqualTo("sumSeries(a.b".length()));
  }

  @Test
  void keepsEventsInMemory() {
    Event stored = backend.addEvent(new Event(0, now - 60, "deploy", List.of("web"), ""));

    assertThat(stored.id()).isPositive();
    assertThat(backend.events(now - 120, now, List.of("web"))).containsExactly(stored);
    assertThat(backend.events(now - 120, now, List.of("db"))).isEmpty();
  }

  @Test
  void offersTheRegisteredFunctions() {
    assertThat(backend.functions()).extracting(f -> f.name()).contains("sumSeries");
  }

  @Test
  void describesMadeUpFilesAndForgetsDeletedMetrics() throws Exception {
    MetricFileInfo.Written info =
        (MetricFileInfo.Written) backend.fileInfo("servers.db1.connections").orElseThrow();
    assertThat(info.layout().archives().get(0).secondsPerPoint()).isEqualTo(10);
    assertThat(info.lastPoint()).isEqualTo(now - now % 10);

    DeletionPlan plan = backend.planDeletion(List.of(), List.of("servers.db1"));
    List<Integer> progress = new ArrayList<>();
    DeletionResult result = backend.delete(plan, progress::add);

    assertThat(plan.metrics()).hasSize(10).contains("servers.db1.connections");
    assertThat(result.metrics()).isEqualTo(10);
    assertThat(progress).endsWith(10);
    assertThat(backend.children("servers")).extracting(MetricNode::name).doesNotContain("db1");
    assertThat(backend.fileInfo("servers.db1.connections")).isEmpty();
  }
}
