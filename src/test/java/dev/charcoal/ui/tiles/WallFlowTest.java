package dev.charcoal.ui.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.MonocleDrags;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The tile wall inside the window: a view beside the charts, fed by the tree, full screen. */
@ExtendWith(ApplicationExtension.class)
class WallFlowTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @TempDir
  Path data; // one per test: a window left open leaves its unsaved changes for the next start

  final FakeBackend backend =
      new FakeBackend("load", "servers.web1.cpu")
          .withSeries(
              "load",
              e -> List.of(FakeBackend.series("load", e, 60, new double[] {1, 2, 3}, Map.of())));
  MainWindow window;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(backend, new TestClock(NOW), ZoneOffset.UTC, Runnable::run);
    window = new MainWindow(services, data);
    window.workspace().addPane(List.of());
    stage.setScene(new Scene(window, 1100, 700));
    stage.show();
    window.start();
    MonocleDrags.forgetStaleDrag();
  }

  @Test
  void aNewWallFromTheViewMenuTakesMetricsDroppedFromTheTree(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T)
        .release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);

    TileWall wall = window.views().selectedWall().orElseThrow();
    assertThat(wall.spec().title()).isEqualTo("Tile wall 1");
    Node load = robot.lookup(".metric-name").match(LabeledMatchers.hasText("load")).query();
    robot.drag(load).dropTo(wall);

    assertThat(wall.spec().tiles()).containsExactly(TileSpec.of("load"));
    assertThat(wall.tiles().get(0).valueText()).isEqualTo("3");
  }

  @Test
  void aWallRefreshesOnlyWhileItsTabIsShown(FxRobot robot) {
    robot.interact(() -> window.views().addWall(TileWallSpec.empty("W")));
    TileWall wall = window.views().walls().get(0);
    assertThat(wall.refreshing()).isTrue();

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

    assertThat(window.views().selectedView()).isZero();
    assertThat(wall.refreshing()).isFalse();
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    assertThat(window.views().selectedWall()).contains(wall);
    assertThat(wall.refreshing()).isTrue();
    robot.interact(window::stop);
    robot.interact(() -> window.views().selectView(1));
    assertThat(wall.refreshing()).isFalse();
  }

  @Test
  void fullScreenShowsTheViewAloneAndEscapeBringsTheWindowBack(FxRobot robot) {
    robot.interact(() -> window.views().addWall(TileWallSpec.empty("W")));

    robot.clickOn("#wallFullScreen");
    assertThat(window.fullScreen().get()).isTrue();
    assertThat(window.getTop()).isNull();
    assertThat(window.getBottom()).isNull();
    assertThat(window.getCenter()).isSameAs(window.views());
    assertThat(window.tree().getScene()).isNull();

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    assertThat(window.fullScreen().get()).isFalse();
    assertThat(window.getTop()).isNotNull();
    assertThat(window.tree().getScene()).isNotNull();
    assertThat(window.views().getScene()).isNotNull();

    robot.press(KeyCode.F11).release(KeyCode.F11);
    assertThat(window.fullScreen().get()).isTrue();
    robot.press(KeyCode.F11).release(KeyCode.F11);
    assertThat(window.fullScreen().get()).isFalse();
  }

  @Test
  void closingAWallWithTilesAsksFirst(FxRobot robot) {
    robot.interact(
        () ->
            window
                .views()
                .addWall(TileWallSpec.empty("W").withTiles(List.of(TileSpec.of("load")))));

    robot.clickOn("#wallMenu").clickOn("#closeWall");
    robot.clickOn("Cancel");
    assertThat(window.views().walls()).hasSize(1);

    robot.clickOn("#wallMenu").clickOn("#closeWall");
    robot.clickOn("OK");
    assertThat(window.views().walls()).isEmpty();
    assertThat(window.views().selectedView()).isZero();
  }
}
