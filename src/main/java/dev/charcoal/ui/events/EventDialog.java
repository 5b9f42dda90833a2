package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import dev.charcoal.ui.time.TimeTexts;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * Asks for a new event: what happened, when (a local date and time or a graphite form such as
 * {@code -10min}), tags and free text, as graphite's {@code POST /events/} takes them. OK stays
 * disabled while "what" is empty or too long or the time does not read.
 */
final class EventDialog extends Dialog<Event> {
  /** graphite-web's column size for {@code what}. */
  static final int MAX_WHAT = 255;

  private static final KeyCombination STORE =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private final TextField what = new TextField();
  private final TextField when = new TextField();
  private final TextField tags = new TextField();
  private final TextArea data = new TextArea();
  private final Label error = new Label();
  private final ZoneId zone;
  private final InstantSource clock;

  EventDialog(Instant at, ZoneId zone, InstantSource clock) {
    this.zone = zone;
    this.clock = clock;
    setTitle("Add event");
    setHeaderText("Mark what happened on every chart. Ctrl+Enter stores it.");
    what.setId("eventWhat");
    when.setId("eventWhen");
    tags.setId("eventTags");
    data.setId("eventData");
    error.setId("eventError");
    error.getStyleClass().add("error-text");
    what.setPromptText("deploy web 1.4.2");
    tags.setPromptText("release web (blanks or commas between tags)");
    data.setPrefRowCount(3);
    data.setWrapText(true);
    when.setText(TimeTexts.format(at, zone));

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("What"), what);
    grid.addRow(1, new Label("When"), when);
    grid.addRow(2, new Label("Tags"), tags);
    grid.addRow(3, new Label("Data"), data);
    grid.add(error, 0, 4, 2, 1);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("eventOk");
    ok.setDisable(true);
    what.textProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    when.textProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    setResultConverter(button -> button == ButtonType.OK ? read() : null);
    setOnShown(e -> what.requestFocus());
    // Enter is a new line in the data: Ctrl+Enter stores from anywhere in the dialog
    getDialogPane()
        .addEventFilter(
            KeyEvent.KEY_PRESSED,
            e -> {
              if (STORE.match(e)) {
                e.consume();
                if (!ok.isDisabled()) {
                  ((Button) ok).fire();
                }
              }
            });
  }

  /**
   * Asks for an event at {@code at} over {@code owner}'s window and stores it through {@code feed};
   * a failure to store is shown in an alert.
   */
  static void ask(EventFeed feed, Node owner, Instant at) {
    EventDialog dialog = new EventDialog(at, feed.zone(), feed.clock());
    themed(dialog, owner);
    dialog
        .showAndWait()
        .ifPresent(
            event ->
                feed.add(
                    event,
                    stored -> {},
                    failure -> {
                      Alert alert =
                          new Alert(
                              Alert.AlertType.ERROR,
                              "The event was not stored: " + failure.getMessage());
                      alert.setHeaderText("Add event");
                      themed(alert, owner);
                      alert.show();
                    }));
  }

  /** A dialog has a scene of its own: give it the owner's window and theme. */
  static void themed(Dialog<?> dialog, Node owner) {
    if (owner != null && owner.getScene() != null) {
      dialog.initOwner(owner.getScene().getWindow());
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
    }
  }

  /** The event the fields describe, or null (and the reason shown). */
  private Event read() {
    String title = what.getText().strip();
    if (title.isEmpty()) {
      error.setText("Say what happened.");
      return null;
    }
    if (title.length() > MAX_WHAT) {
      error.setText("At most " + MAX_WHAT + " characters for what happened.");
      return null;
    }
    Instant at;
    try {
      at = TimeTexts.parse(when.getText(), zone, clock.instant());
    } catch (IllegalArgumentException e) {
      error.setText(e.getMessage());
      return null;
    }
    error.setText("");
    return new Event(
        0, at.getEpochSecond(), title, EventText.tags(tags.getText()), data.getText().strip());
  }
}
