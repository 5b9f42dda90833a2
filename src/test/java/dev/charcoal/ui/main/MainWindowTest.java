package dev.charcoal.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.MonocleDrags;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.PlotSeries;
import dev.charcoal.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  final FakeBackend backend =
      new FakeBackend("servers.web1.cpu", "servers.web2.cpu", "load")
          .withSeries(
              "load",
              e -> List.of(FakeBackend.series("load", e, 60, new double[] {1, 2, 3}, Map.of())))
          .withSeries(
              "servers.*",
              e ->
                  List.of(
                      FakeBackend.series("servers.web1", e, 60, new double[] {4, 5}, Map.of())));
  MainWindow window;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(backend, new TestClock(NOW), ZoneOffset.UTC, Runnable::run);
    window = new MainWindow(services, Path.of("/data"));
    window.workspace().addPane(List.of());
    stage.setScene(new Scene(window, 1100, 700));
    stage.show();
    MonocleDrags.forgetStaleDrag();
  }

  static Node treeCell(FxRobot robot, String name) {
    return robot.lookup(".metric-name").match(LabeledMatchers.hasText(name)).query();
  }

  @Test
  void draggingAMetricIntoAPaneAddsItAndShowsItsSeries(FxRobot robot) {
    ChartPane pane = window.workspace().panes().get(0);

    robot.drag(treeCell(robot, "load")).dropTo(pane);

    assertThat(pane.model().targets()).containsExactly("load");
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("load");
  }

  @Test
  void draggingABranchOntoTheNewPaneBarMakesAPaneWithItsGlob(FxRobot robot) {
    robot.drag(treeCell(robot, "servers")).dropTo("#newPaneBar");

    List<ChartPane> panes = window.workspace().panes();
    assertThat(panes).hasSize(2);
    assertThat(panes.get(1).model().targets()).containsExactly("servers.*");
    assertThat(panes.get(1).shownSeries())
        .extracting(PlotSeries::name)
        .containsExactly("servers.web1");
  }

  @Test
  void theThemeButtonSwitchesTheStylesheet(FxRobot robot) {
    assertThat(window.getStylesheets()).contains(Theme.LIGHT.stylesheetUrl());

    robot.clickOn("#themeToggle");

    assertThat(window.theme().get()).isEqualTo(Theme.DARK);
    assertThat(window.getStylesheets())
        .contains(Theme.DARK.stylesheetUrl())
        .doesNotContain(Theme.LIGHT.stylesheetUrl());
  }
}
