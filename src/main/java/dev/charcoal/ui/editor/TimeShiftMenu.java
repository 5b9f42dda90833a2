package dev.charcoal.ui.editor;

import dev.charcoal.query.time.TimeOffset;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.chart.PaneModel;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;

/**
 * The pane's "compare" menu: one click overlays every target as it was 1 day or 1 week ago (or a
 * custom interval), dashed in a lighter shade of its colour; the same click takes it away.
 */
final class TimeShiftMenu extends MenuButton {
  private final PaneModel model;

  TimeShiftMenu(PaneModel model) {
    super("⟲");
    this.model = model;
    getStyleClass().addAll("pane-menu", "compare-menu");
    setTooltip(
        new Tooltip(
            "Compare with the same series earlier (Ctrl+Shift+D: a day ago, Ctrl+Shift+W: a week"
                + " ago)"));
    disableProperty().bind(Bindings.isEmpty(model.targets()));
    setOnShowing(e -> rebuild());
    rebuild();
  }

  /** Adds the overlays of {@code shift} to every target, or removes them when all have them. */
  static void toggle(PaneModel model, String shift) {
    if (model.hasOverlays(shift)) {
      model.removeOverlays(shift);
    } else {
      model.addOverlays(shift);
    }
  }

  /**
   * The shift {@code text} names, trimmed, or null when graphite would not take it as a timeShift
   * interval or it shifts by nothing.
   */
  static String readShift(String text) {
    String shift = text == null ? "" : text.strip();
    try {
      new Overlay("x", shift);
      return TimeOffset.parse(shift).equals(Duration.ZERO) ? null : shift;
    } catch (IllegalArgumentException e) {
      return null; // AtTimeException is one too
    }
  }

  private void rebuild() {
    Set<String> shifts = new LinkedHashSet<>();
    shifts.add(Overlay.DAY);
    shifts.add(Overlay.WEEK);
    for (Overlay overlay : model.overlays()) {
      if (shifts.stream().noneMatch(overlay::sameShift)) {
        shifts.add(overlay.shift());
      }
    }
    getItems().clear();
    for (String shift : shifts) {
      CheckMenuItem item = new CheckMenuItem(describe(shift));
      item.setSelected(model.hasOverlays(shift));
      item.setOnAction(e -> toggle(model, shift));
      getItems().add(item);
    }
    MenuItem custom = new MenuItem("Custom…");
    custom.setOnAction(e -> askCustom());
    MenuItem clear = new MenuItem("Remove comparisons");
    clear.setDisable(model.overlays().isEmpty());
    clear.setOnAction(e -> model.overlays().clear());
    getItems().addAll(new SeparatorMenuItem(), custom, clear);
  }

  private static String describe(String shift) {
    return switch (shift) {
      case Overlay.DAY -> "1 day ago";
      case Overlay.WEEK -> "1 week ago";
      default -> new Overlay("x", shift).label();
    };
  }

  private void askCustom() {
    TextInputDialog dialog = new TextInputDialog("2d");
    dialog.setTitle("Compare");
    dialog.setHeaderText("Overlay the same series as they were this long ago.");
    dialog.setContentText("Interval (graphite's: 3h, 2d, 4w):");
    dialog.getEditor().setId("shiftInterval");
    Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("shiftOk");
    dialog
        .getEditor()
        .textProperty()
        .addListener((obs, was, now) -> ok.setDisable(readShift(now) == null));
    if (getScene() != null) {
      dialog.initOwner(getScene().getWindow());
      // The dialog has its own scene: give it the window's theme.
      dialog.getDialogPane().getStylesheets().setAll(getScene().getRoot().getStylesheets());
    }
    dialog.showAndWait().map(TimeShiftMenu::readShift).ifPresent(model::addOverlays);
  }
}
