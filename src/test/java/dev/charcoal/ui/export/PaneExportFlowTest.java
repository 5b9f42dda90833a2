package dev.charcoal.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.main.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Export from the File menu and from a pane's menu, files read back. */
@ExtendWith(ApplicationExtension.class)
class PaneExportFlowTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final double NaN = Double.NaN;

  @TempDir Path dir;

  final FakeBackend backend =
      new FakeBackend()
          .withSeries(
              "load",
              e -> List.of(FakeBackend.series("load", e, 60, new double[] {1.5, NaN, 3}, Map.of())))
          .withSeries(
              "cpu.*",
              e ->
                  List.of(
                      FakeBackend.series("cpu.a", e, 60, new double[] {10, 20}, Map.of()),
                      FakeBackend.series("cpu.b", e, 60, new double[] {30, 40}, Map.of())))
          .failing("bad(", "bad(: expected ')' at 4");
  final List<String> asked = new ArrayList<>();
  MainWindow window;
  ChartPane pane;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(backend, new TestClock(NOW), ZoneOffset.UTC, Runnable::run);
    window = new MainWindow(services, dir);
    window.workspace().addPane(List.of("load", "cpu.*"));
    pane = window.workspace().panes().get(0);
    stage.setScene(new Scene(window, 1100, 700));
    stage.show();
  }

  Path answerWith(String fileName) {
    Path file = dir.resolve(fileName);
    window
        .paneExport()
        .setSaveLocation(
            (owner, format, suggested) -> {
              asked.add(format + " " + suggested);
              return Optional.of(file);
            });
    return file;
  }

  String notice(FxRobot robot) {
    return robot.lookup("#notice").queryAs(Label.class).getText();
  }

  @Test
  void jsonFromTheFileMenuIsGraphitesRenderJsonOfTheActivePaneAtFullResolution(FxRobot robot)
      throws Exception {
    Path file = answerWith("out.json");
    backend.evaluations().clear();

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.J)
        .release(KeyCode.J, KeyCode.ALT, KeyCode.CONTROL);

    assertThat(asked).containsExactly("JSON charcoal-load.json");
    JsonNode json = new ObjectMapper().readTree(Files.readString(file));
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("target").asText()).isEqualTo("load");
    assertThat(json.get(0).get("datapoints").toString())
        .isEqualTo("[[1.5,%d],[null,%d],[3.0,%d]]".formatted(start(), start() + 60, start() + 120));
    assertThat(json.get(2).get("target").asText()).isEqualTo("cpu.b");
    // The export asks at full resolution; the panes' own refreshes (pixel-wide) may interleave.
    assertThat(backend.evaluations())
        .filteredOn(e -> e.maxDataPoints() == PaneExport.NO_CONSOLIDATION)
        .extracting(e -> e.targets().get(0))
        .containsExactly("load", "cpu.*");
    assertThat(backend.evaluations())
        .allMatch(e -> e.from() == NOW.minusSeconds(3600).getEpochSecond());
    assertThat(notice(robot)).isEqualTo("Exported 3 series to " + file);
  }

  long start() {
    return NOW.minusSeconds(3600).getEpochSecond();
  }

  @Test
  void csvFromThePanesOwnMenu(FxRobot robot) throws Exception {
    Path file = answerWith("out.csv");

    robot.clickOn(".targets-menu").clickOn("#exportCSVPane");

    List<String> lines = Files.readAllLines(file);
    assertThat(lines)
        .containsExactly(
            "load,2026-11-20 11:00:00,1.5",
            "load,2026-11-20 11:01:00,",
            "load,2026-11-20 11:02:00,3.0",
            "cpu.a,2026-11-20 11:00:00,10.0",
            "cpu.a,2026-11-20 11:01:00,20.0",
            "cpu.b,2026-11-20 11:00:00,30.0",
            "cpu.b,2026-11-20 11:01:00,40.0");
    assertThat(Files.readString(file)).contains("\r\n");
  }

  @Test
  void pngIsAPictureOfThePane(FxRobot robot) throws Exception {
    Path file = answerWith("chart.png");

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P)
        .release(KeyCode.P, KeyCode.ALT, KeyCode.CONTROL);

    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo((int) Math.ceil(pane.getWidth()));
    assertThat(image.getHeight()).isEqualTo((int) Math.ceil(pane.getHeight()));
    assertThat(notice(robot)).isEqualTo("Exported the chart to " + file);
  }

  @Test
  void aFailingTargetIsLeftOutAndNamed(FxRobot robot) throws Exception {
    Path file = answerWith("out.json");
    robot.interact(() -> pane.model().targets().add("bad("));

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.J)
        .release(KeyCode.J, KeyCode.ALT, KeyCode.CONTROL);

    assertThat(new ObjectMapper().readTree(Files.readString(file))).hasSize(3);
    assertThat(notice(robot)).endsWith("(left out bad(: bad(: expected ')' at 4)");
  }

  @Test
  void cancellingTheChooserWritesNothing(FxRobot robot) throws Exception {
    window.paneExport().setSaveLocation((owner, format, suggested) -> Optional.empty());

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.J)
        .release(KeyCode.J, KeyCode.ALT, KeyCode.CONTROL);

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    assertThat(notice(robot)).isEmpty();
  }

  @Test
  void anUnwritablePlaceIsReported(FxRobot robot) throws Exception {
    Files.writeString(dir.resolve("file"), "x");
    answerWith("file/below-a-file.json");

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.J)
        .release(KeyCode.J, KeyCode.ALT, KeyCode.CONTROL);

    assertThat(notice(robot))
        .startsWith("Cannot export to " + dir.resolve("file/below-a-file.json"));
    assertThat(robot.lookup("#notice").query().getStyleClass()).contains("notice-error");
  }

  @Test
  void suggestedNamesAreSafeFileNames() {
    assertThat(PaneExport.suggestedName(List.of("sumSeries(a.*.b)"), ExportFormat.CSV))
        .isEqualTo("charcoal-sumSeries_a._.b_.csv");
    assertThat(PaneExport.suggestedName(List.of(), ExportFormat.PNG))
        .isEqualTo("charcoal-chart.png");
    assertThat(PaneExport.suggestedName(List.of("x".repeat(200)), ExportFormat.JSON))
        .hasSize("charcoal-".length() + 60 + ".json".length());
  }
}
