package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ChartPaneTest {
  static final Instant FROM = Instant.parse("2026-11-20T11:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-11-20T12:00:00Z");
  static final TimeWindow WINDOW = new TimeWindow(FROM, UNTIL);
  static final double NaN = Double.NaN;
  static final Color BLUE = GraphiteColors.defaultColor(0);
  static final Color GREEN = GraphiteColors.defaultColor(1);

  /** 360 values over the hour (10 s apart): a ramp with a gap from 100 to 119. */
  static double[] ramp(double scale) {
    double[] values = new double[360];
    for (int i = 0; i < values.length; i++) {
      values[i] = i >= 100 && i < 120 ? NaN : scale * (10 + i % 60);
    }
    return values;
  }

  final FakeBackend backend =
      new FakeBackend()
          .withSeries("a", e -> List.of(FakeBackend.series("a", e, 10, ramp(1), Map.of())))
          .withSeries("b", e -> List.of(FakeBackend.series("b", e, 10, ramp(2), Map.of())))
          .withSeries("empty", e -> List.of())
          .failing("bad", "unknown function nope");
  final SimpleDoubleProperty cursor = new SimpleDoubleProperty(NaN);
  final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  final List<TimeWindow> zooms = new ArrayList<>();
  PaneModel model;
  ChartPane pane;

  @Start
  void start(Stage stage) {
    model = new PaneModel(List.of());
    pane =
        new ChartPane(
            model,
            new PaneContext(
                backend,
                new BackgroundTasks(Runnable::run),
                ZoneOffset.UTC,
                cursor,
                theme,
                new PaintPacer()));
    pane.setOnTimeZoom(zooms::add);
    StackPane root = new StackPane(pane);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 640, 420));
    stage.show();
  }

  void show(FxRobot robot, String... targets) {
    robot.interact(
        () -> {
          pane.refresh(WINDOW);
          model.targets().setAll(targets);
        });
  }

  Rectangle2D dataArea() {
    return PaneChart.dataArea(pane.viewer().getCanvas().getRenderingInfo());
  }

  /** A point of the data area in screen coordinates, {@code share} of the way across. */
  Point2D across(double share) {
    Rectangle2D area = dataArea();
    return pane.viewer()
        .getCanvas()
        .localToScreen(area.getMinX() + share * area.getWidth(), area.getCenterY());
  }

  @Test
  void showsEverySeriesOfItsTargetsAskingForItsPixelWidth(FxRobot robot) {
    show(robot, "a", "b");

    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("a", "b");
    FakeBackend.Evaluation last = backend.evaluations().get(backend.evaluations().size() - 1);
    assertThat(last.maxDataPoints()).isEqualTo((int) Math.round(pane.viewer().getWidth()));
    assertThat(last.from()).isEqualTo(FROM.getEpochSecond());
    assertThat(last.until()).isEqualTo(UNTIL.getEpochSecond());
    assertThat(robot.lookup(".legend-entry").queryAll()).hasSize(2);
  }

  @Test
  void gapsReachTheChartAsGaps(FxRobot robot) {
    show(robot, "a");

    double[] values = pane.shownSeries().get(0).values();
    assertThat(values[110]).isNaN();
    assertThat(values[99]).isEqualTo(49);
  }

  @Test
  void aFailingTargetShowsItsErrorAndTheOthersStillDraw(FxRobot robot) {
    show(robot, "bad", "a");

    assertThat(robot.lookup(".pane-errors").queryAs(Label.class).getText())
        .isEqualTo("bad: unknown function nope");
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("a");
  }

  @Test
  void targetsWithoutSeriesSayNoData(FxRobot robot) {
    show(robot, "empty");

    assertThat(robot.lookup(".pane-placeholder").queryAs(Label.class).getText())
        .isEqualTo("No data");
  }

  @Test
  void theLegendHidesAndShowsASeries(FxRobot robot) {
    show(robot, "a", "b");
    assertThat(Pixels.near(Pixels.snapshot(pane.viewer()), BLUE, 12)).isGreaterThan(50);

    robot.clickOn(robot.lookup(".legend-entry").nth(0).queryAs(Node.class));

    assertThat(Pixels.near(Pixels.snapshot(pane.viewer()), BLUE, 12)).isZero();
    assertThat(Pixels.near(Pixels.snapshot(pane.viewer()), GREEN, 12)).isGreaterThan(50);
    assertThat(robot.lookup(".legend-entry.hidden").queryAll()).hasSize(1);

    // hidden stays hidden across a refresh
    robot.interact(() -> pane.refresh(WINDOW));
    assertThat(Pixels.near(Pixels.snapshot(pane.viewer()), BLUE, 12)).isZero();
  }

  @Test
  void draggingAcrossTheChartAsksToZoomToThatSpan(FxRobot robot) {
    show(robot, "a");

    robot.drag(across(0.25), MouseButton.PRIMARY).moveTo(across(0.75)).release(MouseButton.PRIMARY);

    assertThat(zooms).hasSize(1);
    long span = WINDOW.millis();
    long pixel = (long) (span / dataArea().getWidth());
    assertThat(zooms.get(0).from().toEpochMilli())
        .isCloseTo(FROM.toEpochMilli() + span / 4, within(2 * pixel));
    assertThat(zooms.get(0).until().toEpochMilli())
        .isCloseTo(FROM.toEpochMilli() + 3 * span / 4, within(2 * pixel));
  }

  @Test
  void aClickIsNotAZoom(FxRobot robot) {
    show(robot, "a");

    robot.clickOn(across(0.5));

    assertThat(zooms).isEmpty();
  }

  @Test
  void theMouseSetsTheSharedCursor(FxRobot robot) {
    show(robot, "a");

    robot.moveTo(across(0.5));

    long middle = FROM.toEpochMilli() + WINDOW.millis() / 2;
    assertThat(cursor.get()).isCloseTo(middle, within(WINDOW.millis() / 100.0));
  }

  @Test
  void theSharedCursorMovesTheCrosshairAndTheLegendValues(FxRobot robot) {
    show(robot, "a", "b");
    Label value = robot.lookup(".legend-value").queryAs(Label.class);
    assertThat(value.getText()).isEqualTo("69"); // the last value when no cursor

    // the 30th value: 10 s steps from FROM, scale 1 → 10 + 30 = 40
    robot.interact(() -> cursor.set(FROM.toEpochMilli() + 30 * 10_000 + 5_000));

    assertThat(value.getText()).isEqualTo("40");
    Line crosshair = robot.lookup(".crosshair").queryAs(Line.class);
    assertThat(crosshair.isVisible()).isTrue();
    Rectangle2D area = dataArea();
    double expectedX = area.getMinX() + area.getWidth() * 305.0 / 3600;
    assertThat(crosshair.getStartX()).isCloseTo(expectedX, within(1.0));

    robot.interact(() -> cursor.set(NaN));
    assertThat(crosshair.isVisible()).isFalse();
  }

  @Test
  void theMenuRemovesATarget(FxRobot robot) {
    show(robot, "a", "b");

    robot.clickOn(".pane-menu").clickOn("Remove a");

    assertThat(model.targets()).containsExactly("b");
    assertThat(pane.shownSeries()).extracting(PlotSeries::name).containsExactly("b");
  }

  @Test
  void graphOptionsChangeHowSeriesAreDrawn(FxRobot robot) throws IOException {
    backend
        .withSeries(
            "stack",
            e ->
                List.of(
                    FakeBackend.series("low", e, 10, ramp(1), Map.of("stacked", true)),
                    FakeBackend.series("high", e, 10, ramp(2), Map.of("stacked", true))))
        .withSeries(
            "right",
            e ->
                List.of(
                    FakeBackend.series(
                        "right",
                        e,
                        10,
                        ramp(1000),
                        Map.of("secondYAxis", true, "dashed", 4, "color", "red"))));
    show(robot, "stack", "right");
    XYPlot plot = (XYPlot) pane.viewer().getChart().getPlot();

    assertThat(plot.getRangeAxis(1).isVisible()).isTrue();
    assertThat(plot.getRangeAxis(1).getUpperBound()).isGreaterThan(10_000);
    assertThat(plot.getRangeAxis(0).getLowerBound()).isLessThanOrEqualTo(0);
    Image image = Pixels.snapshot(pane.viewer());
    assertThat(Pixels.near(image, GraphiteColors.parse("red").orElseThrow(), 12)).isGreaterThan(20);
    Pixels.save(pane, "graph-options");

    show(robot, "a");
    assertThat(plot.getRangeAxis(1).isVisible()).isFalse();
  }

  @Test
  void theDarkThemeRepaintsTheChart(FxRobot robot) {
    show(robot, "a");
    Color dark = Theme.DARK.chartColors().background();

    robot.interact(() -> theme.set(Theme.DARK));

    Image image = Pixels.snapshot(pane.viewer());
    assertThat(Pixels.near(image, dark, 2))
        .isGreaterThan((int) (image.getWidth() * image.getHeight() / 2));
  }
}
