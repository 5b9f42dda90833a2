package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.task.Slot;
import dev.charcoal.ui.time.TimeTexts;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.fx.ChartCanvas;

/**
 * One pane's event markers: fetched for the pane's window (limited to its tags, if it has any)
 * whenever the pane refreshes, its tag filter changes or an event was added anywhere in the window;
 * a tooltip with what, when, tags and data when the mouse is on a marker; "add event" items in the
 * chart's context menu.
 */
final class PaneEvents {
  /**
   * The most markers a pane draws: the latest ones. Each costs JFreeChart about 5 µs at every
   * repaint (EditorBenchmark), and beyond a few hundred they no longer tell apart on a pane.
   */
  static final int MAX_MARKERS = 200;

  /** How close (pixels) the mouse must come to a marker for its tooltip. */
  static final double HOVER_PIXELS = 4;

  private final ChartPane pane;
  private final PaneModel model;
  private final EventFeed feed;
  private final Slot fetches;
  private final EventMarkers markers;
  private final Tooltip tooltip = new Tooltip();
  private String failure;
  private int inWindow;
  // Held here and registered weakly on the window-wide feed, so a closed pane can go.
  private final ChangeListener<Number> onAdded = (obs, was, now) -> fetch();

  PaneEvents(ChartPane pane, EventFeed feed) {
    this.pane = pane;
    this.model = pane.model();
    this.feed = feed;
    this.fetches = feed.tasks().slot();
    this.markers = new EventMarkers(pane.viewer().getChart());
    tooltip.getStyleClass().add("event-tooltip");
    pane.addRefreshListener(window -> fetch());
    model.eventTags().addListener((ListChangeListener<String>) change -> fetch());
    model.showEvents().addListener((obs, was, now) -> fetch());
    feed.revision().addListener(new WeakChangeListener<>(onAdded));
    ChartCanvas canvas = pane.viewer().getCanvas();
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
    canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
    pane.addChartMenu(this::chartMenu);
    pane.getProperties().put(PaneEvents.class.getName(), this);
    fetch();
  }

  /** The events marked now. */
  List<Event> shown() {
    return markers.shown();
  }

  /** How many events the last fetch found, of which the latest {@link #MAX_MARKERS} show. */
  int inWindow() {
    return inWindow;
  }

  /** Why the last fetch failed, or null. */
  String failure() {
    return failure;
  }

  EventFeed feed() {
    return feed;
  }

  ChartPane pane() {
    return pane;
  }

  /** The tooltip shown over a marker (for tests). */
  Tooltip tooltip() {
    return tooltip;
  }

  /** Asks for a new event at {@code at} over this pane. */
  void ask(Instant at) {
    EventDialog.ask(feed, pane, at);
  }

  private void fetch() {
    TimeWindow window = pane.window();
    if (window == null) {
      return;
    }
    if (!model.showEvents().get()) {
      fetches.cancel();
      inWindow = 0;
      markers.show(List.of());
      return;
    }
    List<String> tags = List.copyOf(model.eventTags());
    fetches.run(
        () -> feed.backend().events(window.fromSecond(), window.untilSecond(), tags),
        events -> {
          failure = null;
          inWindow = events.size();
          feed.saw(events);
          markers.show(latest(events));
        },
        e -> {
          failure = e.getMessage();
          inWindow = 0;
          markers.show(List.of());
        });
  }

  /** The latest {@link #MAX_MARKERS} events, oldest first. */
  private static List<Event> latest(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(Event::when).thenComparingLong(Event::id));
    return sorted.size() <= MAX_MARKERS
        ? sorted
        : List.copyOf(sorted.subList(sorted.size() - MAX_MARKERS, sorted.size()));
  }

  private void hover(MouseEvent e) {
    Rectangle2D area = dataArea();
    List<Event> near =
        area == null || markers.shown().isEmpty()
            ? List.of()
            : markers.near(e.getX(), area, HOVER_PIXELS);
    if (near.isEmpty()) {
      tooltip.hide();
      return;
    }
    tooltip.setText(
        near.stream()
            .map(event -> EventText.describe(event, feed.zone()))
            .collect(Collectors.joining("\n\n")));
    double x = e.getScreenX() + 12;
    double y = e.getScreenY() + 12;
    if (tooltip.isShowing()) {
      tooltip.setAnchorX(x);
      tooltip.setAnchorY(y);
    } else {
      tooltip.show(pane.viewer().getCanvas(), x, y);
    }
  }

  private List<MenuItem> chartMenu(double time) {
    List<MenuItem> items = new ArrayList<>();
    if (!Double.isNaN(time)) {
      Instant at = Instant.ofEpochMilli((long) time);
      MenuItem here = new MenuItem("Add event at " + TimeTexts.format(at, feed.zone()) + "…");
      here.getStyleClass().add("add-event-here");
      here.setOnAction(e -> ask(at));
      items.add(here);
    }
    MenuItem now = new MenuItem("Add event now…");
    now.setOnAction(e -> ask(feed.clock().instant()));
    items.add(now);
    return items;
  }

  private Rectangle2D dataArea() {
    var info = pane.viewer().getCanvas().getRenderingInfo();
    if (info == null || info.getPlotInfo() == null) {
      return null;
    }
    Rectangle2D area = info.getPlotInfo().getDataArea();
    return area == null || area.isEmpty() ? null : area;
  }
}
