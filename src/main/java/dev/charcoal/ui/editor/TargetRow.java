package dev.charcoal.ui.editor;

import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.chart.TargetError;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One row of a pane's editor: a target in an {@link ExpressionField} with its compare menu (its own
 * timeshift overlays) and its error below, or the empty row at the end that adds a target. The
 * error is the parser's while the text does not parse, else the backend's from the last refresh of
 * the applied text, else a note from the last apply ("already in this pane").
 */
final class TargetRow extends VBox {
  /** What the row asks of its editor. */
  interface Actions {
    /** Enter: make {@code text} the row's target. */
    void apply(TargetRow row, String text);

    /** The row's remove button. */
    void remove(TargetRow row);
  }

  private final ExpressionField field = new ExpressionField();
  private final Completer completer;
  private final Label letter = new Label();
  private final Label message = new Label();
  private final Button remove = new Button("✕");
  private final Tooltip tooltip = new Tooltip();
  private final HBox line;
  private TimeShiftMenu compare;
  private String applied;
  private TargetError evaluationError;
  private String note;

  /**
   * @param applied the target shown, or null for the row that adds one
   */
  TargetRow(EditorContext context, String applied, Actions actions) {
    this.completer = new Completer(field, context);
    getStyleClass().add("target-row-box");
    letter.getStyleClass().add("row-label");
    message.getStyleClass().add("target-message");
    message.setWrapText(true);
    remove.getStyleClass().addAll("pane-button", "remove-target");
    remove.setTooltip(new Tooltip("Remove this target"));
    remove.setOnAction(e -> actions.remove(this));
    remove.setFocusTraversable(false); // Tab goes from row to row; the menu removes too
    HBox.setHgrow(field, Priority.ALWAYS);
    field.setMaxWidth(Double.MAX_VALUE);
    line = new HBox(letter, field, remove);
    line.getStyleClass().add("target-row");
    line.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(line, message);
    completer.setOnEnter(() -> actions.apply(this, field.input().getText()));
    completer.setOnEscape(this::revert);
    field
        .input()
        .textProperty()
        .addListener(
            o -> {
              note = null;
              check();
            });
    setApplied(applied, null);
  }

  /** The field (for the editor's focus handling and tests). */
  ExpressionField field() {
    return field;
  }

  Completer completer() {
    return completer;
  }

  /**
   * Gives the row its compare menu, before the remove button; it shows while the row has a target.
   * Tab reaches it from the field: the overlays of one target are a keyboard matter too.
   */
  void setCompare(TimeShiftMenu menu) {
    compare = menu;
    compare.setVisible(applied != null);
    line.getChildren().add(line.getChildren().indexOf(remove), compare);
  }

  /** The compare menu, or null when the row has none. */
  TimeShiftMenu compare() {
    return compare;
  }

  /** Shows on the compare menu the shifts the target has now. */
  void showShifts() {
    if (compare != null) {
      compare.setVisible(applied != null);
      compare.showShifts();
    }
  }

  /** The target shown, or null for the adding row. */
  String applied() {
    return applied;
  }

  /** Whether the text differs from the target shown. */
  boolean edited() {
    return !field.input().getText().equals(applied == null ? "" : applied);
  }

  /**
   * Shows {@code target} (null: the adding row) labelled {@code label}; the text follows unless the
   * user has edited it.
   */
  void setApplied(String target, String label) {
    boolean follow = !edited();
    applied = target;
    letter.setText(label == null ? "+" : label);
    remove.setVisible(target != null);
    field.setPrompt(target == null ? "Add a target: a path, a glob or sumSeries(…)" : "");
    if (follow) {
      completer.setTextQuietly(target == null ? "" : target);
    }
    evaluationError = null;
    showShifts();
    check();
  }

  /** The backend's error for the applied target at the last refresh, or null. */
  void setEvaluationError(TargetError error) {
    evaluationError = error;
    check();
  }

  /** A note on the last apply, shown until the text changes. */
  void setNote(String text) {
    note = text;
    check();
  }

  /** The message shown under the field, {@code ""} when none. */
  String message() {
    return message.getText();
  }

  private void revert() {
    note = null;
    completer.setTextQuietly(applied == null ? "" : applied);
    check();
  }

  private void check() {
    String text = field.input().getText();
    int position = BackendException.NO_POSITION;
    String shown = "";
    if (!text.isBlank()) {
      try {
        TargetParser.parse(text);
        if (evaluationError != null && text.strip().equals(applied)) {
          shown = evaluationError.message();
          position = evaluationError.position();
        } else if (note != null) {
          shown = note;
        }
      } catch (TargetParseException e) {
        shown = e.getMessage();
        position = e.position();
      }
    }
    field.setError(position);
    message.setText(shown);
    message.setVisible(!shown.isEmpty());
    message.setManaged(!shown.isEmpty());
    tooltip.setText(shown);
    field.input().setTooltip(shown.isEmpty() ? null : tooltip);
  }
}
