package dev.charcoal.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeRange;
import dev.charcoal.ui.time.TimeRangeModel;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WorkspaceTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  final FakeBackend backend =
      new FakeBackend()
          .withSeries("a", e -> List.of(FakeBackend.series("a", e, 60, new double[60], Map.of())));
  final TestClock clock = new TestClock(NOW);
  TimeRangeModel time;
  Workspace workspace;

  @Start
  void start(Stage stage) {
    time = new TimeRangeModel(clock, new TimeRange.Relative(Duration.ofHours(1)));
    workspace =
        new Workspace(
            backend,
            new BackgroundTasks(Runnable::run),
            ZoneOffset.UTC,
            time,
            new SimpleObjectProperty<>(Theme.LIGHT));
    stage.setScene(new Scene(workspace, 1000, 700));
    stage.show();
  }

  @Test
  void anEmptyWorkspaceInvitesADropAndTheButtonAddsPanes(FxRobot robot) {
    assertThat(robot.lookup("#emptyWorkspace").tryQuery()).isPresent();

    robot.clickOn("#newPane");
    robot.clickOn("#newPane");

    assertThat(workspace.panes()).hasSize(2);
    assertThat(robot.lookup("#emptyWorkspace").tryQuery()).isEmpty();
    assertThat(workspace.layoutProperty().get())
        .isInstanceOf(Layout.Split.class)
        .extracting(layout -> ((Layout.Split) layout).orientation())
        .isEqualTo(Orientation.HORIZONTAL);
  }

  @Test
  void splitAndCloseChangeTheLayout(FxRobot robot) {
    robot.interact(() -> workspace.addPane(List.of("a")));

    robot.clickOn(".split-down");
    assertThat(workspace.panes()).hasSize(2);
    SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
    assertThat(split.getOrientation()).isEqualTo(Orientation.VERTICAL);
    assertThat(workspace.panes().get(1).model().targets()).isEmpty();

    robot.clickOn(robot.lookup(".close-pane").nth(0).queryAs(Node.class));
    assertThat(workspace.panes()).hasSize(1);
    assertThat(workspace.panes().get(0).model().targets()).isEmpty();
  }

  @Test
  void openAddsToTheActivePaneOrMakesOne(FxRobot robot) {
    robot.interact(() -> workspace.open(List.of("a")));
    assertThat(workspace.panes()).hasSize(1);

    robot.interact(() -> workspace.open(List.of("b")));
    assertThat(workspace.panes().get(0).model().targets()).containsExactly("a", "b");
  }

  @Test
  void aZoomInOnePaneSetsTheRangeOfAll(FxRobot robot) {
    robot.interact(
        () -> {
          workspace.addPane(List.of("a"));
          workspace.addPane(List.of("a"));
        });
    backend.evaluations().clear();
    TimeWindow zoom = new TimeWindow(NOW.minusSeconds(1800), NOW.minusSeconds(600));

    robot.interact(
        () -> time.set(new TimeRange.Absolute(zoom.from(), zoom.until()))); // as a pane's drag does

    assertThat(backend.evaluations())
        .hasSize(2)
        .allMatch(e -> e.from() == zoom.fromSecond() && e.until() == zoom.untilSecond());
  }

  @Test
  void aDragZoomInAPaneGoesToTheSharedRange(FxRobot robot) {
    robot.interact(() -> workspace.addPane(List.of("a")));
    ChartPane pane = workspace.panes().get(0);
    var canvas = pane.viewer().getCanvas();
    var area = canvas.getRenderingInfo().getPlotInfo().getDataArea();

    robot
        .drag(canvas.localToScreen(area.getMinX() + 10, area.getCenterY()))
        .moveTo(canvas.localToScreen(area.getCenterX(), area.getCenterY()))
        .release(javafx.scene.input.MouseButton.PRIMARY);

    assertThat(time.range().get()).isInstanceOf(TimeRange.Absolute.class);
    assertThat(time.window().until()).isBefore(NOW);
    robot.interact(time::back);
    assertThat(time.range().get()).isEqualTo(new TimeRange.Relative(Duration.ofHours(1)));
  }

  @Test
  void theCrosshairShowsInEveryPane(FxRobot robot) {
    robot.interact(
        () -> {
          workspace.addPane(List.of("a"));
          workspace.addPane(List.of("a"));
        });

    robot.interact(() -> workspace.cursor().set(NOW.minusSeconds(1200).toEpochMilli()));

    assertThat(robot.lookup(".crosshair").queryAllAs(Line.class))
        .hasSize(2)
        .allMatch(Line::isVisible);
  }
}
