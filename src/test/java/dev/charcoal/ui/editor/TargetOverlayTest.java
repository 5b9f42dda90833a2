package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.chart.PaintPacer;
import dev.charcoal.ui.chart.PaneContext;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.chart.PlotSeries;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The compare menu of one target row: overlays of that target alone. */
@ExtendWith(ApplicationExtension.class)
class TargetOverlayTest {
  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"));

  final FakeBackend backend = new FakeBackend();
  PaneModel model;
  ChartPane pane;
  PaneEditor editor;

  @Start
  void start(Stage stage) {
    for (String target : List.of("a", "b")) {
      backend.withSeries(target, e -> List.of(series(target, e)));
      for (String shift : List.of("1d", "1w")) {
        String shifted = new Overlay(target, shift).target();
        backend.withSeries(shifted, e -> List.of(series(shifted, e)));
      }
    }
    model = new PaneModel(List.of("a", "b"));
    BackgroundTasks tasks = new BackgroundTasks(Runnable::run);
    pane =
        new ChartPane(
            model,
            new PaneContext(
                backend,
                tasks,
                ZoneOffset.UTC,
                new SimpleDoubleProperty(Double.NaN),
                new SimpleObjectProperty<>(Theme.LIGHT),
                new PaintPacer()));
    pane.refresh(WINDOW);
    new Editors(backend, tasks).attach(pane);
    editor = (PaneEditor) pane.getProperties().get(PaneEditor.class.getName());
    editor.open().set(true);
    StackPane root = new StackPane(pane);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 800, 500));
    stage.show();
  }

  static dev.charcoal.query.eval.TimeSeries series(String name, FakeBackend.Evaluation e) {
    return FakeBackend.series(name, e, 60, new double[] {1, 2, 3}, Map.of());
  }

  TimeShiftMenu compareOf(int row) {
    return editor.rows().get(row).compare();
  }

  List<String> shownNames() {
    return pane.shownSeries().stream().map(PlotSeries::name).toList();
  }

  /** Whether the pane's menu checks {@code text}, as the user sees it when opening the menu. */
  boolean paneMenuChecks(FxRobot robot, String text) {
    MenuButton paneMenu = robot.lookup(".compare-menu").queryAs(MenuButton.class);
    robot.clickOn(paneMenu);
    boolean checked =
        paneMenu.getItems().stream()
            .filter(i -> i instanceof CheckMenuItem && text.equals(i.getText()))
            .map(i -> ((CheckMenuItem) i).isSelected())
            .findFirst()
            .orElseThrow();
    robot.type(KeyCode.ESCAPE);
    return checked;
  }

  @Test
  void aRowOverlaysItsOwnTargetAlone(FxRobot robot) {
    backend.evaluations().clear();

    robot.clickOn(compareOf(0)).clickOn("1 day ago");

    assertThat(model.overlays()).containsExactly(new Overlay("a", "1d"));
    assertThat(shownNames()).containsExactly("a", "b", "a (1d ago)");
    assertThat(backend.evaluations())
        .flatExtracting(FakeBackend.Evaluation::targets)
        .contains("timeShift(a, \"1d\")")
        .doesNotContain("timeShift(b, \"1d\")");
    assertThat(compareOf(0).getText()).isEqualTo("⟲ 1d");
    assertThat(compareOf(0).getStyleClass()).contains(TimeShiftMenu.HAS_OVERLAYS);
    assertThat(compareOf(1).getText()).isEqualTo("⟲");
    assertThat(paneMenuChecks(robot, "1 day ago")).isFalse(); // b has none
  }

  @Test
  void thePaneMenuIsCheckedOnceEveryRowHasTheOverlayAndTakesThemAllAway(FxRobot robot) {
    robot.clickOn(compareOf(0)).clickOn("1 day ago");
    robot.clickOn(compareOf(1)).clickOn("1 day ago");

    assertThat(paneMenuChecks(robot, "1 day ago")).isTrue();

    robot.clickOn(".compare-menu").clickOn("1 day ago");

    assertThat(model.overlays()).isEmpty();
    assertThat(shownNames()).containsExactly("a", "b");
    assertThat(compareOf(0).getText()).isEqualTo("⟲");
  }

  @Test
  void aRowShowsItsShiftsAndTheSameClickTakesOneAway(FxRobot robot) {
    robot.clickOn(compareOf(1)).clickOn("1 week ago");
    robot.clickOn(compareOf(1)).clickOn("1 day ago");
    assertThat(compareOf(1).getText()).isEqualTo("⟲ 1w 1d");
    assertThat(shownNames()).containsExactly("a", "b", "b (1w ago)", "b (1d ago)");

    robot.clickOn(compareOf(1)).clickOn("1 week ago");

    assertThat(model.overlays()).containsExactly(new Overlay("b", "1d"));
    assertThat(compareOf(1).getText()).isEqualTo("⟲ 1d");
  }

  @Test
  void theRowMenuIsReachedWithTabAndWorksFromTheKeyboard(FxRobot robot) {
    robot.clickOn(editor.rows().get(0).field().input());
    robot.type(KeyCode.TAB);
    assertThat(compareOf(0).isFocused()).isTrue();

    robot.type(KeyCode.SPACE); // opens the menu
    assertThat(compareOf(0).isShowing()).isTrue();
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the first item: 1 day ago

    assertThat(model.overlays()).containsExactly(new Overlay("a", "1d"));
  }

  @Test
  void anEditedTargetKeepsItsOverlaysOnItsRow(FxRobot robot) {
    robot.clickOn(compareOf(0)).clickOn("1 day ago");

    robot.interact(() -> model.replaceTarget(0, "scale(a, 2)"));

    assertThat(model.overlays()).containsExactly(new Overlay("scale(a, 2)", "1d"));
    assertThat(compareOf(0).getText()).isEqualTo("⟲ 1d");
    assertThat(compareOf(1).getText()).isEqualTo("⟲");
  }
}
