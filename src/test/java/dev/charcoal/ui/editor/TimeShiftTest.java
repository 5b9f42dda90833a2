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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimeShiftTest {
  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"));

  /** A series per web server; timeShift answers as graphite names it. */
  final FakeBackend backend =
      new FakeBackend()
          .withSeries(
              "web.*",
              e ->
                  List.of(
                      FakeBackend.series("web.1", e, 60, ramp(1), Map.of()),
                      FakeBackend.series("web.2", e, 60, ramp(2), Map.of())))
          .withSeries("timeShift(web.*, \"1d\")", e -> shifted(e, "1d"))
          .withSeries("timeShift(web.*, \"3h\")", e -> shifted(e, "3h"));

  PaneModel model;
  ChartPane pane;

  static double[] ramp(double scale) {
    double[] values = new double[60];
    for (int i = 0; i < values.length; i++) {
      values[i] = scale * i;
    }
    return values;
  }

  /** Listed in the other order than the base, so matching goes by name. */
  static List<dev.charcoal.query.eval.TimeSeries> shifted(FakeBackend.Evaluation e, String shift) {
    return List.of(
        FakeBackend.series("timeShift(web.2, \"" + shift + "\")", e, 60, ramp(3), Map.of()),
        FakeBackend.series("timeShift(web.1, \"" + shift + "\")", e, 60, ramp(4), Map.of()));
  }

  @Start
  void start(Stage stage) {
    model = new PaneModel(List.of("web.*"));
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
    StackPane root = new StackPane(pane);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 800, 500));
    stage.show();
  }

  PlotSeries shown(String name) {
    return pane.shownSeries().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void oneClickOverlaysTheSeriesOfADayAgoAndTheSameClickTakesThemAway(FxRobot robot) {
    robot.clickOn(".compare-menu").clickOn("1 day ago");

    assertThat(model.overlays()).containsExactly(new Overlay("web.*", "1d"));
    assertThat(backend.evaluations())
        .anyMatch(e -> e.targets().equals(List.of("timeShift(web.*, \"1d\")")));
    assertThat(pane.shownSeries())
        .extracting(PlotSeries::name)
        .containsExactly("web.1", "web.2", "web.2 (1d ago)", "web.1 (1d ago)");
    PlotSeries web1 = shown("web.1");
    PlotSeries web1Before = shown("web.1 (1d ago)");
    assertThat(web1Before.style().dash()).isPositive();
    assertThat(web1.style().dash()).isZero();
    assertThat(web1Before.values()[10]).isEqualTo(40); // ramp(4): web.1's shifted series
    assertThat(web1Before.style().color().getRed())
        .isEqualTo(web1.style().color().getRed() + (255 - web1.style().color().getRed()) / 2);
    assertThat(robot.lookup(".legend-name").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("web.1 (1d ago)");

    robot.clickOn(".compare-menu").clickOn("1 day ago");

    assertThat(model.overlays()).isEmpty();
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("web.1", "web.2");
  }

  @Test
  void aCustomIntervalIsCheckedBeforeItIsOverlaid(FxRobot robot) {
    robot.clickOn(".compare-menu").clickOn("Custom…");
    TextField interval = robot.lookup("#shiftInterval").queryAs(TextField.class);
    Node ok = robot.lookup("#shiftOk").query();

    robot.interact(() -> interval.setText("3 parsecs"));
    assertThat(ok.isDisable()).isTrue();
    robot.interact(() -> interval.setText("3h"));
    assertThat(ok.isDisable()).isFalse();
    robot.clickOn(ok);

    assertThat(model.overlays()).containsExactly(new Overlay("web.*", "3h"));
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).contains("web.1 (3h ago)");
  }

  @Test
  void readsOnlyIntervalsGraphiteTakes() {
    assertThat(TimeShiftMenu.readShift(" 2w ")).isEqualTo("2w");
    assertThat(TimeShiftMenu.readShift("-1d12h")).isEqualTo("-1d12h");
    assertThat(TimeShiftMenu.readShift("0d")).isNull();
    assertThat(TimeShiftMenu.readShift("1x")).isNull();
    assertThat(TimeShiftMenu.readShift("1d\")")).isNull();
  }

  @Test
  void theMenuIsOffWithoutTargets(FxRobot robot) {
    robot.interact(() -> model.targets().clear());

    assertThat(robot.lookup(".compare-menu").query().isDisabled()).isTrue();
  }
}
