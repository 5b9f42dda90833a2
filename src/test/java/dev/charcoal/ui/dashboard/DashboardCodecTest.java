package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.tiles.Thresholds;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Orientation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DashboardCodecTest {
  static final Dashboard SAMPLE =
      new Dashboard(
          new TimeRange.Absolute(
              Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T12:30:00Z")),
          true,
          Duration.ofSeconds(30),
          new PaneLayout.Split(
              Orientation.VERTICAL,
              List.of(
                  new PaneLayout.Pane(
                      List.of("a.b", "sumSeries(c.*)"),
                      List.of(new Overlay("a.b", "1d"), new Overlay("sumSeries(c.*)", "-2w"))),
                  new PaneLayout.Split(
                      Orientation.HORIZONTAL,
                      List.of(new PaneLayout.Pane(List.of()), new PaneLayout.Pane(List.of("x")))))),
          List.of(
              new TileWallSpec(
                  "Ops",
                  Duration.ofMinutes(15),
                  Duration.ofMillis(500),
                  List.of(
                      new TileSpec(
                          "servers.web1.cpu",
                          "web1",
                          "%",
                          new Thresholds(75.0, 90.5, Thresholds.Direction.AUTO),
                          "note \"quoted\""),
                      new TileSpec(
                          "free",
                          "",
                          "B",
                          new Thresholds(null, 1e9, Thresholds.Direction.BELOW),
                          ""),
                      TileSpec.of("café.温度"))),
              TileWallSpec.empty("Second")),
          2);

  @Test
  void aDashboardReadsBackAsWritten() throws Exception {
    String text = DashboardCodec.write(SAMPLE);

    assertThat(DashboardCodec.read(text)).isEqualTo(SAMPLE);
    assertThat(text).startsWith("{\n").endsWith("}\n").contains("\"version\" : 1");
  }

  @Test
  void theDocumentedExampleReads() throws Exception {
    String doc = Files.readString(Path.of("docs/format/dashboard.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    Dashboard d = DashboardCodec.read(example);

    assertThat(d.time()).isEqualTo(new TimeRange.Relative(Duration.ofHours(6)));
    assertThat(d.autoRefresh()).isTrue();
    assertThat(d.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.layout().toLayout().panes()).hasSize(3);
    assertThat(d.layout().toLayout().panes().get(0).overlays())
        .containsExactly(new Overlay("servers.web*.cpu.user", "1d"));
    assertThat(d.walls()).hasSize(1);
    TileWallSpec wall = d.walls().get(0);
    assertThat(wall.title()).isEqualTo("Ops");
    assertThat(wall.period()).isEqualTo(Duration.ofMinutes(5));
    assertThat(wall.tiles())
        .extracting(TileSpec::title)
        .containsExactly("web1 cpu", "servers.db1.connections", "servers.web1.memory.free");
    assertThat(wall.tiles().get(1).thresholds().effectiveDirection())
        .isEqualTo(Thresholds.Direction.BELOW);
    assertThat(wall.tiles().get(2).thresholds().direction()).isEqualTo(Thresholds.Direction.BELOW);
    assertThat(d.view()).isEqualTo(1);
    assertThat(DashboardCodec.read(DashboardCodec.write(d))).isEqualTo(d);
  }

  @Test
  void optionalKeysTakeTheirDefaultsAndUnknownKeysAreIgnored() throws Exception {
    Dashboard d =
        DashboardCodec.read(
            """
            {"format": "charcoal-dashboard", "version": 1, "time": {"last": "1h"},
             "layout": {"pane": {"targets": ["a"]}, "colour": "red"}, "future": [1, 2]}
            """);

    assertThat(d.autoRefresh()).isFalse();
    assertThat(d.walls()).isEmpty();
    assertThat(d.view()).isZero();
    assertThat(d.layout()).isEqualTo(new PaneLayout.Pane(List.of("a")));
  }

  @Test
  void overlaysAreReadOncePerTargetAndShift() throws Exception {
    Dashboard d =
        DashboardCodec.read(
            minimal(
                "\"layout\": {\"pane\": {\"targets\": [\"a\", \"b\"], \"overlays\": ["
                    + "{\"target\": \"b\", \"shift\": \"1w\"},"
                    + "{\"target\": \"b\", \"shift\": \"-1w\"},"
                    + "{\"target\": \"a\", \"shift\": \"1w\"}]}}"));

    assertThat(d.layout())
        .isEqualTo(
            new PaneLayout.Pane(
                List.of("a", "b"), List.of(new Overlay("b", "1w"), new Overlay("a", "1w"))));
  }

  static String minimal(String layoutOrExtra) {
    return "{\"format\": \"charcoal-dashboard\", \"version\": 1, \"time\": {\"last\": \"1h\"}, "
        + layoutOrExtra
        + "}";
  }

  @Test
  void badFilesAreRefusedWithThePlaceOfTheProblem() {
    assertProblem("{\"format\": \"charcoal-dashboard\",\n  }", "not valid JSON at line 2");
    assertProblem("[1, 2]", "expected an object");
    assertProblem("{\"format\": \"grafana\"}", "format: expected \"charcoal-dashboard\"");
    assertProblem(
        "{\"format\": \"charcoal-dashboard\", \"version\": 2}",
        "newer Charcoal (format version 2); this one reads up to version 1");
    assertProblem(minimal("\"x\": 1"), "layout: missing");
    assertProblem(
        minimal("\"layout\": {\"pane\": {\"targets\": [\"a\", 3]}}"),
        "layout.pane.targets[1]: expected a string");
    assertProblem(
        minimal("\"layout\": {\"split\": \"diagonal\", \"children\": []}"),
        "layout.split: expected \"horizontal\" or \"vertical\"");
    assertProblem(
        minimal(
            "\"layout\": {\"empty\": {}}, \"walls\": [{\"tiles\": [{\"target\": \"a\","
                + " \"warning\": \"high\"}]}]"),
        "walls[0].tiles[0].warning: expected a number");
    assertProblem(
        minimal("\"layout\": {\"empty\": {}}, \"walls\": [{\"tiles\": [{\"alias\": \"a\"}]}]"),
        "walls[0].tiles[0].target: missing");
    assertProblem(
        minimal("\"layout\": {\"empty\": {}}, \"walls\": [{\"period\": \"5 minutes\"}]"),
        "walls[0].period: expected a duration such as 10s");
    assertProblem(
        minimal("\"layout\": {\"empty\": {}}, \"walls\": [{\"refresh\": \"100ms\"}]"),
        "walls[0]: the refresh interval must be at least 500 ms");
    assertProblem(
        minimal(
            "\"layout\": {\"empty\": {}}, \"walls\": [{\"tiles\": [{\"target\": \"a\","
                + " \"direction\": \"up\"}]}]"),
        "walls[0].tiles[0].direction: direction must be auto, above or below");
    assertProblem(
        "{\"format\": \"charcoal-dashboard\", \"version\": 1, \"time\": {\"from\":"
            + " \"2026-11-20T12:00:00Z\", \"until\": \"yesterday\"}, \"layout\": {\"empty\": {}}}",
        "time.until: expected a UTC time");
    assertProblem(
        "{\"format\": \"charcoal-dashboard\", \"version\": 1, \"time\": {\"from\":"
            + " \"2026-11-20T12:00:00Z\", \"until\": \"2026-11-20T11:00:00Z\"},"
            + " \"layout\": {\"empty\": {}}}",
        "time: from must be before until");
  }

  @Test
  void overlaysOfAnotherTargetOrWithABadShiftAreRefused() {
    assertProblem(
        minimal(
            "\"layout\": {\"pane\": {\"targets\": [\"a\"], \"overlays\": [{\"target\":"
                + " \"b\", \"shift\": \"1d\"}]}}"),
        "layout.pane.overlays[0].target: not one of the pane's targets");
    assertProblem(
        minimal(
            "\"layout\": {\"pane\": {\"targets\": [\"a\"], \"overlays\": [{\"target\":"
                + " \"a\", \"shift\": \"1 parsec\"}]}}"),
        "layout.pane.overlays[0].shift: expected an interval such as 1d or 2w, not \"1 parsec\"");
    assertProblem(
        minimal(
            "\"layout\": {\"pane\": {\"targets\": [\"a\"], \"overlays\": [{\"target\":"
                + " \"a\", \"shift\": \"3x\"}]}}"),
        "layout.pane.overlays[0].shift: expected an interval");
    assertProblem(
        minimal("\"layout\": {\"pane\": {\"targets\": [\"a\"], \"overlays\": [{}]}}"),
        "layout.pane.overlays[0].target: missing");
  }

  @Test
  void deeplyNestedSplitsAreRefused() {
    String layout = "{\"pane\": {\"targets\": []}}";
    for (int i = 0; i <= DashboardCodec.MAX_DEPTH + 1; i++) {
      layout = "{\"split\": \"vertical\", \"children\": [" + layout + "]}";
    }
    assertProblem(minimal("\"layout\": " + layout), "nested deeper than 32");
  }

  @Test
  void tooManyPanesAreRefused() {
    StringBuilder children = new StringBuilder();
    for (int i = 0; i <= DashboardCodec.MAX_PANES; i++) {
      children.append(i == 0 ? "" : ",").append("{\"pane\": {\"targets\": []}}");
    }
    assertProblem(
        minimal("\"layout\": {\"split\": \"vertical\", \"children\": [" + children + "]}"),
        "more than 256");
  }

  static void assertProblem(String text, String message) {
    assertThatThrownBy(() -> DashboardCodec.read(text))
        .isInstanceOf(DashboardFormatException.class)
        .hasMessageContaining(message);
  }

  @Provide
  Arbitrary<Dashboard> dashboards() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<String> target =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(".*(),'\" é")
            .ofMinLength(1)
            .ofMaxLength(20)
            .filter(s -> !s.isBlank());
    Arbitrary<PaneLayout> pane =
        target
            .list()
            .uniqueElements()
            .ofMaxSize(4)
            .flatMap(
                targets ->
                    Arbitraries.of(0, 1, 2, 3)
                        .set()
                        .ofMaxSize(targets.size() * 2)
                        .map(
                            picks ->
                                new PaneLayout.Pane(
                                    targets,
                                    picks.stream()
                                        .filter(i -> i / 2 < targets.size())
                                        .map(
                                            i ->
                                                new Overlay(
                                                    targets.get(i / 2), i % 2 == 0 ? "1d" : "3h"))
                                        .toList())));
    Arbitrary<PaneLayout> layout =
        Arbitraries.recursive(
            () -> Arbitraries.oneOf(pane, Arbitraries.just(new PaneLayout.Empty())),
            inner ->
                Combinators.combine(
                        Arbitraries.of(Orientation.class), inner.list().ofMinSize(1).ofMaxSize(3))
                    .as(PaneLayout.Split::new),
            3);
    Arbitrary<Double> limit = Arbitraries.doubles().between(-1e12, 1e12).injectNull(0.4);
    Arbitrary<TileSpec> tile =
        Combinators.combine(
                target, text, text, limit, limit, Arbitraries.of(Thresholds.Direction.class), text)
            .as((t, a, u, w, c, d, n) -> new TileSpec(t, a, u, new Thresholds(w, c, d), n));
    Arbitrary<Duration> duration =
        Arbitraries.longs().between(500, 10_000_000).map(Duration::ofMillis);
    Arbitrary<TileWallSpec> wall =
        Combinators.combine(text, duration, duration, tile.list().ofMaxSize(5))
            .as(TileWallSpec::new);
    Arbitrary<TimeRange> time =
        Arbitraries.oneOf(
            duration.map(TimeRange.Relative::new),
            Arbitraries.longs()
                .between(0, 4_000_000_000L)
                .map(
                    s ->
                        new TimeRange.Absolute(
                            Instant.ofEpochSecond(s), Instant.ofEpochSecond(s + 60))));
    return Combinators.combine(
            time,
            Arbitraries.of(true, false),
            duration,
            layout,
            wall.list().ofMaxSize(3),
            Arbitraries.integers().between(0, 3))
        .as(Dashboard::new);
  }

  @Property(tries = 300)
  void everyDashboardReadsBackAsWritten(@ForAll("dashboards") Dashboard d) throws Exception {
    assertThat(DashboardCodec.read(DashboardCodec.write(d))).isEqualTo(d);
  }

  @Property(tries = 300)
  void truncatedOrDamagedFilesFailWithAMessageNeverACrash(
      @ForAll("dashboards") Dashboard d, @ForAll double cut, @ForAll char junk) {
    String text = DashboardCodec.write(d);
    int at = (int) (Math.abs(cut % 1.0) * text.length());
    String damaged = text.substring(0, at) + junk + text.substring(Math.min(text.length(), at + 1));
    try {
      DashboardCodec.read(damaged);
    } catch (DashboardFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
