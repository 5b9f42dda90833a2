package dev.charcoal.ui.editor;

import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.chart.TargetError;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.VBox;

/**
 * A pane's targets as editable rows (A, B, C… as in graphite-web's and Grafana's editors), and an
 * empty row at the end to add one. Enter applies a row that parses (an emptied row removes its
 * target), Escape reverts it; the pane then refreshes, and its evaluation errors come back to the
 * rows. Hidden until opened ({@link #open()}).
 */
final class PaneEditor extends VBox implements TargetRow.Actions {
  private final PaneModel model;
  private final EditorContext context;
  private final List<TargetRow> rows = new ArrayList<>();
  private final TargetRow adding;
  private final BooleanProperty open = new SimpleBooleanProperty(false);
  private List<TargetError> errors = List.of();

  PaneEditor(PaneModel model, ObservableList<TargetError> errors, EditorContext context) {
    this.model = model;
    this.context = context;
    getStyleClass().add("pane-editor");
    getStylesheets().add(ExpressionField.stylesheet());
    visibleProperty().bind(open);
    managedProperty().bind(open);
    adding = new TargetRow(context, null, this);
    adding.field().input().setId("addTarget");
    // hidden while the row has no target, but it keeps the fields of all rows equally wide
    adding.setCompare(TimeShiftMenu.forTarget(model, adding::applied));
    getChildren().add(adding);
    model.targets().addListener((ListChangeListener<String>) change -> sync());
    model
        .overlays()
        .addListener((ListChangeListener<Overlay>) change -> rows.forEach(TargetRow::showShifts));
    errors.addListener(
        (ListChangeListener<TargetError>)
            change -> {
              this.errors = List.copyOf(change.getList());
              showErrors();
            });
    sync();
  }

  /** Whether the editor shows. */
  BooleanProperty open() {
    return open;
  }

  /** The rows of the targets, in order (the adding row not included). */
  List<TargetRow> rows() {
    return List.copyOf(rows);
  }

  /** The row that adds a target. */
  TargetRow adding() {
    return adding;
  }

  /** Shows the editor and puts the caret in the first row (the adding row for an empty pane). */
  void edit() {
    open.set(true);
    TargetRow first = rows.isEmpty() ? adding : rows.get(0);
    first.field().input().requestFocus();
  }

  @Override
  public void apply(TargetRow row, String text) {
    String target = text.strip();
    if (!target.isEmpty()) {
      try {
        TargetParser.parse(target);
      } catch (TargetParseException e) {
        return; // the row shows where; nothing to apply
      }
    }
    if (row == adding) {
      if (target.isEmpty()) {
        return;
      }
      if (!model.addTargets(List.of(target))) {
        row.setNote("Already in this pane.");
        return;
      }
      row.completer().setTextQuietly("");
      return;
    }
    int index = rows.indexOf(row);
    if (target.isEmpty()) {
      model.targets().remove(index);
      return;
    }
    try {
      model.replaceTarget(index, target);
    } catch (IllegalArgumentException e) {
      row.setNote("Already in this pane.");
    }
  }

  @Override
  public void remove(TargetRow row) {
    int index = rows.indexOf(row);
    if (index >= 0) {
      model.targets().remove(index);
    }
  }

  /** Makes one row per target, reusing rows so that the one being typed in keeps its focus. */
  private void sync() {
    List<String> targets = model.targets();
    while (rows.size() > targets.size()) {
      getChildren().remove(rows.remove(rows.size() - 1));
    }
    while (rows.size() < targets.size()) {
      TargetRow row = new TargetRow(context, targets.get(rows.size()), this);
      row.setCompare(TimeShiftMenu.forTarget(model, row::applied));
      rows.add(row);
      getChildren().add(getChildren().size() - 1, row);
    }
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).setApplied(targets.get(i), label(i));
    }
    showErrors();
  }

  private void showErrors() {
    for (TargetRow row : rows) {
      TargetError error =
          errors.stream().filter(e -> e.target().equals(row.applied())).findFirst().orElse(null);
      row.setEvaluationError(error);
    }
  }

  /** A, B, … Z, then AA, AB…: graphite-web's and Grafana's names for a panel's targets. */
  static String label(int index) {
    StringBuilder label = new StringBuilder();
    int n = index;
    do {
      label.insert(0, (char) ('A' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return label.toString();
  }
}
