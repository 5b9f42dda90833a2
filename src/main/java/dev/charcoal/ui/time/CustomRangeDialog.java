package dev.charcoal.ui.time;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for a fixed window: two fields that take a local date and time or any graphite from/until
 * text (see {@link TimeTexts}), checked as the user types; OK stays disabled while they are wrong.
 */
public final class CustomRangeDialog extends Dialog<TimeRange> {
  private final TextField fromField = new TextField();
  private final TextField untilField = new TextField();
  private final Label error = new Label();
  private final ZoneId zone;
  private final InstantSource clock;

  public CustomRangeDialog(TimeWindow current, ZoneId zone, InstantSource clock) {
    this.zone = zone;
    this.clock = clock;
    setTitle("Custom time range");
    setHeaderText("Dates in " + zone.getId() + "; graphite forms such as -2d or now work too.");
    fromField.setId("customFrom");
    untilField.setId("customUntil");
    error.setId("customError");
    error.getStyleClass().add("error-text");
    fromField.setText(TimeTexts.format(current.from(), zone));
    untilField.setText(TimeTexts.format(current.until(), zone));

    GridPane grid = new GridPane();
    grid.getStyleClass().add("custom-range");
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("From"), fromField);
    grid.addRow(1, new Label("Until"), untilField);
    grid.add(error, 0, 2, 2, 1);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("customOk");
    fromField.textProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    untilField.textProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    setResultConverter(button -> button == ButtonType.OK ? read() : null);
  }

  /** The range the fields name, or null (and the reason shown) when they do not make one. */
  private TimeRange read() {
    Instant now = clock.instant();
    try {
      Instant from = TimeTexts.parse(fromField.getText(), zone, now);
      Instant until = TimeTexts.parse(untilField.getText(), zone, now);
      if (!from.isBefore(until)) {
        error.setText("From must be before until.");
        return null;
      }
      error.setText("");
      return new TimeRange.Absolute(from, until);
    } catch (IllegalArgumentException e) {
      error.setText(e.getMessage());
      return null;
    }
  }
}
