package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PaneEditorTest {
  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"));

  final FakeBackend backend =
      new FakeBackend()
          .withSeries("a", e -> List.of(FakeBackend.series("a", e, 60, new double[60], Map.of())))
          .withSeries("b", e -> List.of(FakeBackend.series("b", e, 60, new double[60], Map.of())))
          .failing("nope(a)", "unknown function nope");
  PaneModel model;
  ChartPane pane;
  PaneEditor editor;

  @Start
  void start(Stage stage) {
    model = new PaneModel(List.of("a"));
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
    StackPane root = new StackPane(pane);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 800, 500));
    stage.show();
  }

  TargetRow row(int index) {
    return editor.rows().get(index);
  }

  void typeInto(FxRobot robot, TargetRow row, String text) {
    robot.clickOn(row.field().input());
    robot.interact(() -> row.field().input().selectAll());
    robot.write(text);
  }

  @Test
  void theButtonOpensOneRowPerTargetAndEnterAddsATarget(FxRobot robot) {
    assertThat(editor.isVisible()).isFalse();

    robot.clickOn(".edit-targets");

    assertThat(editor.isVisible()).isTrue();
    assertThat(editor.rows()).extracting(r -> r.field().input().getText()).containsExactly("a");
    typeInto(robot, editor.adding(), "b");
    robot.type(KeyCode.ENTER);

    assertThat(model.targets()).containsExactly("a", "b");
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("a", "b");
    assertThat(editor.adding().field().input().getText()).isEmpty();
    assertThat(editor.rows())
        .extracting(r -> r.field().input().getText())
        .containsExactly("a", "b");
  }

  @Test
  void aTargetThatDoesNotParseIsUnderlinedWhereTheParserStoppedAndNotApplied(FxRobot robot) {
    robot.clickOn(".edit-targets");

    TargetRow adding = editor.adding();
    typeInto(robot, adding, "sumSeries(a,,b)");
    robot.type(KeyCode.ENTER);

    assertThat(model.targets()).containsExactly("a");
    assertThat(adding.field().errorRange()).containsExactly(12, 13);
    assertThat(adding.message()).isEqualTo("expected an argument at position 12, found ','");
    List<Text> errorRuns =
        adding.field().runs().stream()
            .filter(r -> r.getStyleClass().contains("tok-error"))
            .toList();
    assertThat(errorRuns).extracting(Text::getText).containsExactly(",");
    assertThat(errorRuns.get(0).isUnderline()).isTrue();
  }

  @Test
  void aTargetEndingTooEarlyIsMarkedAfterItsLastCharacter(FxRobot robot) {
    robot.clickOn(".edit-targets");

    robot.interact(() -> row(0).field().input().setText("sumSeries(a"));

    assertThat(row(0).field().errorRange()).containsExactly(11, 11);
    assertThat(row(0).field().runs())
        .anyMatch(r -> r.getStyleClass().containsAll(List.of("tok-missing", "tok-error")));
    assertThat(row(0).message()).contains("at position 11, found end of target");
  }

  @Test
  void anEvaluationErrorComesBackToItsRow(FxRobot robot) {
    robot.clickOn(".edit-targets");

    typeInto(robot, row(0), "nope(a)");
    robot.type(KeyCode.ENTER);

    assertThat(model.targets()).containsExactly("nope(a)");
    assertThat(row(0).message()).isEqualTo("unknown function nope");
    assertThat(pane.targetErrors()).extracting(e -> e.target()).containsExactly("nope(a)");
  }

  @Test
  void escapeRevertsAnEditedRow(FxRobot robot) {
    robot.clickOn(".edit-targets");
    robot.clickOn(row(0).field().input());
    robot.interact(() -> row(0).field().input().setText("b"));

    robot.type(KeyCode.ESCAPE);

    assertThat(row(0).field().input().getText()).isEqualTo("a");
    assertThat(model.targets()).containsExactly("a");
  }

  @Test
  void applyingAnEmptiedRowRemovesItsTarget(FxRobot robot) {
    robot.interact(() -> model.targets().add("b"));
    robot.clickOn(".edit-targets");
    robot.clickOn(row(0).field().input());
    robot.interact(() -> row(0).field().input().clear());

    robot.type(KeyCode.ENTER);

    assertThat(model.targets()).containsExactly("b");
    assertThat(editor.rows()).hasSize(1);
  }

  @Test
  void aDuplicateIsNotAddedAndTheRowSaysWhy(FxRobot robot) {
    robot.clickOn(".edit-targets");
    robot.clickOn(editor.adding().field().input());
    robot.interact(() -> editor.adding().field().input().setText("a"));

    robot.type(KeyCode.ENTER);

    assertThat(model.targets()).containsExactly("a");
    assertThat(editor.adding().message()).isEqualTo("Already in this pane.");
  }

  @Test
  void rowsAreLabelledAsGraphiteNamesTargets() {
    assertThat(PaneEditor.label(0)).isEqualTo("A");
    assertThat(PaneEditor.label(25)).isEqualTo("Z");
    assertThat(PaneEditor.label(26)).isEqualTo("AA");
    assertThat(PaneEditor.label(27)).isEqualTo("AB");
  }
}
