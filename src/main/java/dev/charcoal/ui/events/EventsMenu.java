package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import dev.charcoal.ui.chart.PaneModel;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;

/**
 * A pane's events menu: show or hide the markers, limit them to tags, add an event now, and the
 * events in view (choosing one shows all of it: the keyboard's way to what a marker's tooltip
 * says).
 */
final class EventsMenu extends MenuButton {
  /** The most events the menu lists: the latest ones. */
  static final int MAX_LISTED = 15;

  private final PaneEvents events;
  private final PaneModel model;

  EventsMenu(PaneEvents events) {
    super("⚑");
    this.events = events;
    this.model = events.pane().model();
    getStyleClass().addAll("pane-menu", "events-menu");
    setTooltip(new Tooltip("Events"));
    setOnShowing(e -> rebuild());
    rebuild();
  }

  private void rebuild() {
    CheckMenuItem show = new CheckMenuItem("Show events");
    show.setSelected(model.showEvents().get());
    show.setOnAction(e -> model.showEvents().set(show.isSelected()));
    String filter = String.join(" ", model.eventTags());
    MenuItem tags =
        new MenuItem(filter.isEmpty() ? "Filter by tag…" : "Filter by tag… (now: " + filter + ")");
    tags.getStyleClass().add("filter-events");
    tags.setOnAction(e -> askTags());
    MenuItem add = new MenuItem("Add event now…");
    add.setOnAction(e -> events.ask(events.feed().clock().instant()));
    getItems().setAll(show, tags, add, new SeparatorMenuItem());
    if (events.failure() != null) {
      getItems().add(disabled("Events could not be read: " + events.failure()));
      return;
    }
    List<Event> shown = events.shown();
    if (shown.isEmpty()) {
      getItems().add(disabled(model.showEvents().get() ? "No events in view" : "Events hidden"));
      return;
    }
    if (events.inWindow() > shown.size()) {
      getItems()
          .add(disabled("The latest " + shown.size() + " of " + events.inWindow() + " events"));
    }
    for (Event event : shown.subList(Math.max(0, shown.size() - MAX_LISTED), shown.size())) {
      MenuItem item = new MenuItem(EventText.line(event, events.feed().zone()));
      item.setOnAction(e -> details(event));
      getItems().add(item);
    }
  }

  private static MenuItem disabled(String text) {
    MenuItem item = new MenuItem(text);
    item.setDisable(true);
    return item;
  }

  private void askTags() {
    TextInputDialog dialog = new TextInputDialog(String.join(" ", model.eventTags()));
    dialog.setTitle("Filter events");
    List<String> known = events.feed().knownTags();
    dialog.setHeaderText(
        "Show the events with any of these tags; leave empty for all."
            + (known.isEmpty() ? "" : "\nTags seen: " + String.join(" ", known)));
    dialog.setContentText("Tags:");
    dialog.getEditor().setId("eventFilter");
    EventDialog.themed(dialog, this);
    dialog.showAndWait().ifPresent(text -> model.eventTags().setAll(EventText.tags(text)));
  }

  private void details(Event event) {
    Alert alert =
        new Alert(Alert.AlertType.INFORMATION, EventText.describe(event, events.feed().zone()));
    alert.setTitle("Event");
    alert.setHeaderText(event.what());
    EventDialog.themed(alert, this);
    alert.show();
  }
}
