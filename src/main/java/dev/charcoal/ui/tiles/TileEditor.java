package dev.charcoal.ui.tiles;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * Adds or edits a tile: target, title, unit, thresholds with their direction, note. Checked as the
 * user types (OK stays disabled while a field is wrong); a line under the fields says in words what
 * the thresholds will do.
 */
final class TileEditor extends Dialog<TileSpec> {
  private final TextField target = field("tileTarget", "e.g. servers.web1.cpu.user");
  private final TextField alias = field("tileAlias", "the target when empty");
  private final TextField unit = field("tileUnit", "e.g. %, ms, req/s");
  private final TextField warning = field("tileWarning", "none");
  private final TextField critical = field("tileCritical", "none");
  private final ChoiceBox<Thresholds.Direction> direction = new ChoiceBox<>();
  private final TextField description = field("tileDescription", "shown on hover");
  private final Label meaning = new Label();

  TileEditor(TileSpec initial) {
    setTitle(initial == null ? "Add tile" : "Edit tile");
    direction.setId("tileDirection");
    direction.getItems().addAll(Thresholds.Direction.values());
    direction.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Thresholds.Direction d) {
            return d == null
                ? ""
                : switch (d) {
                  case AUTO -> "Automatic (lower is worse when critical < warning)";
                  case ABOVE -> "Higher is worse";
                  case BELOW -> "Lower is worse";
                };
          }

          @Override
          public Thresholds.Direction fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    direction.setValue(Thresholds.Direction.AUTO);
    meaning.setId("tileMeaning");
    meaning.setWrapText(true);
    if (initial != null) {
      target.setText(initial.target());
      alias.setText(initial.alias());
      unit.setText(initial.unit());
      warning.setText(number(initial.thresholds().warning()));
      critical.setText(number(initial.thresholds().critical()));
      direction.setValue(initial.thresholds().direction());
      description.setText(initial.description());
    }

    GridPane grid = new GridPane();
    grid.getStyleClass().add("tile-editor");
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Target"), target);
    grid.addRow(1, new Label("Title"), alias);
    grid.addRow(2, new Label("Unit"), unit);
    grid.addRow(3, new Label("Warning"), warning);
    grid.addRow(4, new Label("Critical"), critical);
    grid.addRow(5, new Label("Direction"), direction);
    grid.addRow(6, new Label("Note"), description);
    grid.add(meaning, 0, 7, 2, 1);
    target.setPrefColumnCount(32);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("tileOk");
    for (TextField f : new TextField[] {target, warning, critical}) {
      f.textProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    }
    direction.valueProperty().addListener((obs, was, now) -> ok.setDisable(read() == null));
    ok.setDisable(read() == null);
    setResultConverter(button -> button == ButtonType.OK ? read() : null);
    // after the dialog's own focus on its default button
    setOnShown(e -> Platform.runLater(target::requestFocus));
  }

  /** The tile the fields describe, or null (and why, under the fields) when they do not. */
  private TileSpec read() {
    if (target.getText().isBlank()) {
      meaning.getStyleClass().remove("error-text");
      meaning.setText(
          "Enter a render target, e.g. servers.web1.cpu.user or sumSeries(apps.*.count).");
      return null;
    }
    try {
      Thresholds thresholds =
          new Thresholds(
              parse("warning", warning.getText()),
              parse("critical", critical.getText()),
              direction.getValue());
      TileSpec spec =
          new TileSpec(
              target.getText(), alias.getText(), unit.getText(), thresholds, description.getText());
      meaning.getStyleClass().remove("error-text");
      meaning.setText("Colours: " + thresholds.describe() + ".");
      return spec;
    } catch (IllegalArgumentException e) {
      if (!meaning.getStyleClass().contains("error-text")) {
        meaning.getStyleClass().add("error-text");
      }
      meaning.setText(e.getMessage());
      return null;
    }
  }

  private static Double parse(String name, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      double v = Double.parseDouble(t);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The " + name + " threshold must be a number, not '" + t + "'.");
    }
  }

  private static String number(Double value) {
    return value == null ? "" : Thresholds.number(value);
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    return f;
  }
}
