package dev.charcoal.ui.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.PaintPacer;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TileWallTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  final FakeBackend backend =
      new FakeBackend()
          .withSeries("cpu", e -> List.of(ramp("cpu", e, 95)))
          .withSeries("mem", e -> List.of(ramp("mem", e, 80)))
          .withSeries("disk", e -> List.of(ramp("disk", e, 10)))
          .withSeries("free", e -> List.of(ramp("free", e, 3)))
          .failing("bad(", "bad(: expected ')' at 4");
  final TestClock clock = new TestClock(NOW);
  TileWall wall;

  static dev.charcoal.query.eval.TimeSeries ramp(
      String name, FakeBackend.Evaluation e, double last) {
    double[] values = new double[30];
    for (int i = 0; i < 29; i++) {
      values[i] = last * i / 28;
    }
    values[29] = Double.NaN;
    return FakeBackend.series(name, e, 10, values, Map.of());
  }

  static TileSpec tile(String target, Double warning, Double critical) {
    return new TileSpec(
        target, target + " title", "%", new Thresholds(warning, critical, null), "");
  }

  static final TileWallSpec SPEC =
      new TileWallSpec(
          "Ops",
          Duration.ofMinutes(5),
          Duration.ofSeconds(2),
          List.of(
              tile("cpu", 75.0, 90.0), // 95: critical
              tile("mem", 75.0, 90.0), // 80: warning
              tile("disk", 75.0, 90.0), // 10: normal
              tile("free", 10.0, 5.0), // 3, inverted: critical
              tile("nothing", 1.0, 2.0), // no series
              tile("bad(", null, null))); // fails

  @Start
  void start(Stage stage) {
    wall = new TileWall(SPEC, backend, new BackgroundTasks(Runnable::run), clock);
    wall.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(wall, 1100, 600));
    stage.show();
  }

  TileView view(int i) {
    return wall.tiles().get(i);
  }

  @Test
  void tilesShowTitleValueAndUnitAndTakeTheirThresholdsColours(FxRobot robot) {
    robot.interact(wall::refresh);

    assertThat(wall.tiles())
        .extracting(TileView::level)
        .containsExactly(
            TileLevel.CRITICAL,
            TileLevel.WARNING,
            TileLevel.NORMAL,
            TileLevel.CRITICAL,
            TileLevel.NO_DATA,
            TileLevel.NO_DATA);
    assertThat(wall.tiles())
        .extracting(TileView::valueText)
        .containsExactly("95", "80", "10", "3", TileView.NO_DATA, TileView.ERROR);
    assertThat(view(0).getPseudoClassStates())
        .contains(TileLevel.CRITICAL.pseudoClass())
        .doesNotContain(TileLevel.NO_DATA.pseudoClass());
    assertThat(robot.from(view(0)).lookup(".tile-title").queryAs(Label.class).getText())
        .isEqualTo("cpu title");
    assertThat(robot.from(view(0)).lookup(".tile-unit").queryAs(Label.class).getText())
        .isEqualTo("%");
  }

  @Test
  void theColoursAreTheThemesForEachLevel(FxRobot robot) {
    robot.interact(wall::refresh);

    // the background, away from the text and the sparkline
    assertThat(backgroundOf(view(0))).isEqualTo(Color.web("#fee2e2")); // critical
    assertThat(backgroundOf(view(1))).isEqualTo(Color.web("#fef3c7")); // warning
    assertThat(backgroundOf(view(2))).isEqualTo(Color.web("#ffffff")); // normal
    // the sparkline is drawn in the level's colour
    assertThat(countNear(snapshot(view(0)), Color.web("#b91c1c"))).isGreaterThan(50);
    assertThat(countNear(snapshot(view(2)), Color.web("#15803d"))).isGreaterThan(50);
    assertThat(countNear(snapshot(view(2)), Color.web("#b91c1c"))).isZero();
  }

  @Test
  void refreshesAskForThePeriodUpToNowAndOnlyWhileShownAndLive(FxRobot robot) {
    assertThat(wall.refreshing()).isFalse();
    backend.evaluations().clear();

    robot.interact(() -> wall.activeProperty().set(true));
    assertThat(wall.refreshing()).isTrue();
    assertThat(backend.evaluations()).isNotEmpty();
    assertThat(backend.evaluations().get(0).from())
        .isEqualTo(NOW.minusSeconds(300).getEpochSecond());
    assertThat(backend.evaluations().get(0).until()).isEqualTo(NOW.getEpochSecond());

    robot.clickOn("#wallPause");
    assertThat(wall.pausedProperty().get()).isTrue();
    assertThat(wall.refreshing()).isFalse();

    clock.advance(Duration.ofMinutes(1));
    backend.evaluations().clear();
    robot.clickOn("#wallPause");
    assertThat(wall.refreshing()).isTrue();
    assertThat(backend.evaluations().get(0).until())
        .isEqualTo(NOW.plusSeconds(60).getEpochSecond());

    robot.interact(() -> wall.activeProperty().set(false));
    assertThat(wall.refreshing()).isFalse();
  }

  @Test
  void choosingAnotherPeriodAsksForItAtOnce(FxRobot robot) {
    backend.evaluations().clear();

    robot.interact(
        () -> robot.lookup("#wallPeriod").queryAs(ChoiceBox.class).setValue(Duration.ofHours(1)));

    assertThat(wall.spec().period()).isEqualTo(Duration.ofHours(1));
    assertThat(backend.evaluations().get(0).from())
        .isEqualTo(NOW.minusSeconds(3600).getEpochSecond());
  }

  @Test
  void addingATileThroughTheEditor(FxRobot robot) {
    robot.clickOn("#addTile");
    robot.clickOn("#tileTarget").write("disk");
    robot.clickOn("#tileAlias").write("root disk");
    robot.clickOn("#tileUnit").write("GB");
    robot.clickOn("#tileWarning").write("5");
    robot.clickOn("#tileCritical").write("8");
    assertThat(robot.lookup("#tileMeaning").queryAs(Label.class).getText())
        .isEqualTo("Colours: critical ≥ 8, warning ≥ 5.");
    robot.clickOn("#tileOk");

    TileSpec added = wall.spec().tiles().get(SPEC.tiles().size());
    assertThat(added)
        .isEqualTo(new TileSpec("disk", "root disk", "GB", new Thresholds(5.0, 8.0, null), ""));
    TileView view = wall.tiles().get(SPEC.tiles().size());
    assertThat(view.level()).isEqualTo(TileLevel.CRITICAL);
    assertThat(view.valueText()).isEqualTo("10");
  }

  @Test
  void theEditorRefusesATileWithoutTargetOrWithAWordForAThreshold(FxRobot robot) {
    robot.clickOn("#addTile");
    Node ok = robot.lookup("#tileOk").query();
    assertThat(ok.isDisabled()).isTrue();

    robot.clickOn("#tileTarget").write("cpu");
    assertThat(ok.isDisabled()).isFalse();
    robot.clickOn("#tileWarning").write("high");
    assertThat(ok.isDisabled()).isTrue();
    assertThat(robot.lookup("#tileMeaning").queryAs(Label.class).getText())
        .isEqualTo("The warning threshold must be a number, not 'high'.");

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    assertThat(wall.spec().tiles()).isEqualTo(SPEC.tiles());
  }

  @Test
  void editingATileChangesItsThresholdsAndItsColour(FxRobot robot) {
    robot.interact(wall::refresh);
    assertThat(view(2).level()).isEqualTo(TileLevel.NORMAL);

    robot.doubleClickOn(view(2), MouseButton.PRIMARY);
    robot.doubleClickOn("#tileCritical").write("5");
    robot.clickOn("#tileWarning").eraseText(2).write("1");
    robot.clickOn("#tileOk");

    assertThat(wall.spec().tiles().get(2).thresholds()).isEqualTo(new Thresholds(1.0, 5.0, null));
    assertThat(view(2).level()).isEqualTo(TileLevel.CRITICAL);
    assertThat(wall.spec().tiles()).hasSize(SPEC.tiles().size());
  }

  @Test
  void aFocusedTileGoesWithTheDeleteKeyAndTheOthersKeepTheirReadings(FxRobot robot) {
    robot.interact(wall::refresh);
    backend.evaluations().clear();

    robot.clickOn(view(1)).press(KeyCode.DELETE).release(KeyCode.DELETE);

    assertThat(wall.spec().tiles())
        .extracting(TileSpec::target)
        .containsExactly("cpu", "disk", "free", "nothing", "bad(");
    assertThat(view(0).valueText()).isEqualTo("95");
    assertThat(view(1).isFocused()).isTrue(); // the next tile, for the next Delete
  }

  @Test
  void aBigWallTakesItsReadingsOverSeveralFrames(FxRobot robot) throws Exception {
    List<TileSpec> many = java.util.Collections.nCopies(120, tile("cpu", 75.0, 90.0));
    robot.interact(() -> wall.setSpec(SPEC.withTiles(many)));
    robot.interact(() -> wall.tiles().forEach(t -> t.show(TileReading.EMPTY)));

    int[] atOnce = new int[1];
    robot.interact(
        () -> {
          wall.refresh();
          atOnce[0] = (int) wall.tiles().stream().filter(t -> t.valueText().equals("95")).count();
        });

    assertThat(atOnce[0])
        .isEqualTo((int) (PaintPacer.POINTS_PER_FRAME / TileWall.TILE_PAINT_POINTS));
    WaitForAsyncUtils.waitFor(
        5,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> wall.tiles().stream().allMatch(t -> t.valueText().equals("95")));
  }

  @Test
  void renamingTheWallChangesItsTitle(FxRobot robot) {
    robot.clickOn("#wallMenu").clickOn("#renameWall");
    robot.doubleClickOn("#wallTitleField").eraseText(3).write("Night shift");
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

    assertThat(wall.spec().title()).isEqualTo("Night shift");
  }

  static Image snapshot(Node node) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  static Color backgroundOf(Node tile) {
    Image image = snapshot(tile);
    Color c = image.getPixelReader().getColor((int) image.getWidth() - 12, 10);
    return Color.color(round(c.getRed()), round(c.getGreen()), round(c.getBlue()));
  }

  static double round(double channel) {
    return Math.round(channel * 255) / 255.0;
  }

  static int countNear(Image image, Color color) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = image.getPixelReader().getColor(x, y);
        if (Math.abs(c.getRed() - color.getRed()) < 0.03
            && Math.abs(c.getGreen() - color.getGreen()) < 0.03
            && Math.abs(c.getBlue() - color.getBlue()) < 0.03) {
          count++;
        }
      }
    }
    return count;
  }
}
