package dev.charcoal.ui.events;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.task.BackgroundTasks;
import java.time.InstantSource;
import java.time.ZoneId;
import javafx.scene.Node;

/**
 * Events on a window's charts: {@link #attach} gives a pane its markers (from {@link
 * Backend#events}, refreshed with the time range), their tooltips, "add event" in the chart's
 * context menu and a ⚑ menu (show, filter by tag, the events in view); {@link #addNow} asks for an
 * event at the clock's now. An event added anywhere shows on every pane.
 */
public final class Events {
  private final EventFeed feed;

  public Events(Backend backend, BackgroundTasks tasks, InstantSource clock, ZoneId zone) {
    this.feed = new EventFeed(backend, tasks, clock, zone);
  }

  /** Gives {@code pane} its event markers, tooltips and menus. */
  public void attach(ChartPane pane) {
    PaneEvents events = new PaneEvents(pane, feed);
    pane.addHeaderControl(new EventsMenu(events));
  }

  /** Asks for an event at the clock's now, over {@code owner}'s window. */
  public void addNow(Node owner) {
    EventDialog.ask(feed, owner, feed.clock().instant());
  }
}
