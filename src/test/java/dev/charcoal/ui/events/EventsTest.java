package dev.charcoal.ui.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.charcoal.model.Event;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.PaintPacer;
import dev.charcoal.ui.chart.PaneContext;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EventsTest {
  static final Instant FROM = Instant.parse("2026-11-20T11:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-11-20T12:00:00Z");
  static final TimeWindow WINDOW = new TimeWindow(FROM, UNTIL);
  static final long DEPLOY = FROM.getEpochSecond() + 30 * 60;
  static final long BACKUP = FROM.getEpochSecond() + 45 * 60;

  final FakeBackend backend =
      new FakeBackend()
          .withSeries("a", e -> List.of(FakeBackend.series("a", e, 60, new double[60], Map.of())));
  ChartPane first;
  ChartPane second;

  @Start
  void start(Stage stage) {
    backend.addEvent(new Event(0, DEPLOY, "deploy 1.4", List.of("release", "web"), "by ci"));
    backend.addEvent(new Event(0, BACKUP, "backup", List.of("db"), ""));
    backend.addEvent(new Event(0, FROM.getEpochSecond() - 600, "earlier", List.of(), ""));
    BackgroundTasks tasks = new BackgroundTasks(Runnable::run);
    PaneContext context =
        new PaneContext(
            backend,
            tasks,
            ZoneOffset.UTC,
            new SimpleDoubleProperty(Double.NaN),
            new SimpleObjectProperty<>(Theme.LIGHT),
            new PaintPacer());
    Events events = new Events(backend, tasks, new TestClock(UNTIL), ZoneOffset.UTC);
    first = new ChartPane(new PaneModel(List.of("a")), context);
    second = new ChartPane(new PaneModel(List.of("a")), context);
    for (ChartPane pane : List.of(first, second)) {
      pane.refresh(WINDOW);
      events.attach(pane);
      pane.setPrefHeight(300);
    }
    VBox root = new VBox(first, second);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 700, 640));
    stage.show();
  }

  static List<Long> markedSeconds(ChartPane pane) {
    XYPlot plot = (XYPlot) pane.viewer().getChart().getPlot();
    Collection<?> markers = plot.getDomainMarkers(0, Layer.FOREGROUND);
    if (markers == null) {
      return List.of();
    }
    return markers.stream().map(m -> (long) ((ValueMarker) m).getValue() / 1000).sorted().toList();
  }

  static Rectangle2D dataArea(ChartPane pane) {
    return pane.viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
  }

  /** The screen point over {@code epochSecond} in the middle of the pane's plot. */
  static Point2D screenAt(ChartPane pane, long epochSecond) {
    XYPlot plot = (XYPlot) pane.viewer().getChart().getPlot();
    Rectangle2D area = dataArea(pane);
    double x = plot.getDomainAxis().valueToJava2D(epochSecond * 1000.0, area, RectangleEdge.BOTTOM);
    return pane.viewer().getCanvas().localToScreen(x, area.getCenterY());
  }

  @Test
  void everyPaneMarksTheEventsOfItsWindow() {
    assertThat(markedSeconds(first)).containsExactly(DEPLOY, BACKUP);
    assertThat(markedSeconds(second)).containsExactly(DEPLOY, BACKUP);
    Marker marker =
        ((XYPlot) first.viewer().getChart().getPlot())
            .getDomainMarkers(0, Layer.FOREGROUND)
            .iterator()
            .next();
    assertThat(marker.getLabel()).isIn("deploy 1.4", "backup");
  }

  @Test
  void aMarkersTooltipSaysWhatWhenTagsAndData(FxRobot robot) {
    PaneEvents events = paneEvents(first);

    robot.moveTo(screenAt(first, DEPLOY));

    assertThat(events.tooltip().isShowing()).isTrue();
    assertThat(events.tooltip().getText())
        .isEqualTo("deploy 1.4\n2026-11-20 11:30:00\ntags: release web\nby ci");

    robot.moveTo(screenAt(first, DEPLOY + 600));
    assertThat(events.tooltip().isShowing()).isFalse();
  }

  @Test
  void anEventAddedAtARightClickedTimeShowsOnEveryPane(FxRobot robot) {
    long clicked = FROM.getEpochSecond() + 15 * 60;

    rightClick(robot, first, screenAt(first, clicked));
    robot.clickOn(".add-event-here");
    robot.interact(
        () -> {
          robot.lookup("#eventWhat").queryAs(TextField.class).setText("restart web1");
          robot.lookup("#eventTags").queryAs(TextField.class).setText("web, ops web");
        });
    robot.clickOn("#eventOk");

    Event stored = backend.storedEvents().get(backend.storedEvents().size() - 1);
    assertThat(stored.what()).isEqualTo("restart web1");
    assertThat(stored.tags()).containsExactly("web", "ops");
    // one pixel of the plot is about 6 s here
    assertThat((double) stored.when()).isCloseTo(clicked, within(15.0));
    assertThat(markedSeconds(first)).contains(stored.when()).hasSize(3);
    assertThat(markedSeconds(second)).contains(stored.when()).hasSize(3);
  }

  @Test
  void theDialogWantsToKnowWhatHappened(FxRobot robot) {
    // the dialog waits for an answer: open it without waiting for it
    WaitForAsyncUtils.asyncFx(() -> paneEvents(first).ask(UNTIL));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#eventOk").query().isDisabled()).isTrue();
    robot.interact(() -> robot.lookup("#eventWhat").queryAs(TextField.class).setText("x"));
    assertThat(robot.lookup("#eventOk").query().isDisabled()).isFalse();
    robot.interact(() -> robot.lookup("#eventWhen").queryAs(TextField.class).setText("someday"));
    assertThat(robot.lookup("#eventOk").query().isDisabled()).isTrue();
    robot.clickOn("Cancel");
    assertThat(backend.storedEvents()).hasSize(3);
  }

  @Test
  void aPaneFiltersItsEventsByTagAndCanHideThem(FxRobot robot) {
    robot.interact(() -> first.model().eventTags().setAll("db"));

    assertThat(backend.eventQueries()).last().isEqualTo(List.of("db"));
    assertThat(markedSeconds(first)).containsExactly(BACKUP);
    assertThat(markedSeconds(second)).containsExactly(DEPLOY, BACKUP);

    robot.interact(() -> first.model().showEvents().set(false));
    assertThat(markedSeconds(first)).isEmpty();
  }

  @Test
  void theFilterIsSetFromTheEventsMenu(FxRobot robot) {
    robot
        .clickOn((javafx.scene.Node) robot.lookup(".events-menu").nth(0).query())
        .clickOn(".filter-events");
    robot.interact(() -> robot.lookup("#eventFilter").queryAs(TextField.class).setText("web db"));
    robot.clickOn("OK");

    assertThat(first.model().eventTags()).containsExactly("web", "db");
    assertThat(markedSeconds(first)).containsExactly(DEPLOY, BACKUP);
  }

  @Test
  void aPaneMarksOnlyTheLatestEventsWhenThereAreTooMany(FxRobot robot) {
    for (int i = 0; i < PaneEvents.MAX_MARKERS + 50; i++) {
      backend.addEvent(new Event(0, FROM.getEpochSecond() + 10 * i, "tick " + i, List.of(), ""));
    }

    robot.interact(() -> first.refresh(WINDOW));

    List<Long> marked = markedSeconds(first);
    assertThat(marked).hasSize(PaneEvents.MAX_MARKERS).endsWith(BACKUP);
    assertThat(paneEvents(first).inWindow()).isEqualTo(PaneEvents.MAX_MARKERS + 52);
    robot.clickOn((javafx.scene.Node) robot.lookup(".events-menu").nth(0).query());
    assertThat(robot.lookup("The latest 200 of 252 events").tryQuery()).isPresent();
  }

  @Test
  void theEventsMenuListsTheEventsInView(FxRobot robot) {
    robot.clickOn((javafx.scene.Node) robot.lookup(".events-menu").nth(0).query());

    assertThat(robot.lookup("2026-11-20 11:30:00  deploy 1.4  [release web]").tryQuery())
        .isPresent();
    assertThat(robot.lookup("2026-11-20 11:45:00  backup  [db]").tryQuery()).isPresent();
  }

  /**
   * What the platform sends on a right click (Monocle's headless mouse does not make context-menu
   * events itself).
   */
  static void rightClick(FxRobot robot, ChartPane pane, Point2D screen) {
    robot.moveTo(screen);
    Point2D local = pane.viewer().screenToLocal(screen);
    robot.interact(
        () ->
            pane.viewer()
                .fireEvent(
                    new ContextMenuEvent(
                        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        local.getX(),
                        local.getY(),
                        screen.getX(),
                        screen.getY(),
                        false,
                        null)));
  }

  static PaneEvents paneEvents(ChartPane pane) {
    return (PaneEvents) pane.getProperties().get(PaneEvents.class.getName());
  }
}
