package dev.charcoal.ui.editor;

import dev.charcoal.query.time.TimeOffset;
import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.chart.PaneModel;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
 * A "compare" menu: one click overlays the same series as they were 1 day or 1 week ago (or a
 * custom interval), dashed in a lighter shade of their colour; the same click takes them away. The
 * pane's menu ({@link #TimeShiftMenu(PaneModel)}) acts on every target, its check mark meaning that
 * all of them have the overlay; a target row's ({@link #forTarget}) acts on that target alone and
 * shows its shifts on the button.
 */
final class TimeShiftMenu extends MenuButton {
  private static final String SYMBOL = "⟲";

  /** The style class of a row's menu while its target has overlays. */
  static final String HAS_OVERLAYS = "has-overlays";

  private final PaneModel model;

  /** The one target this menu acts on, null for the pane's menu (every target). */
  private final Supplier<String> target;

  /** The pane's menu: overlays of every target. */
  TimeShiftMenu(PaneModel model) {
    this(model, null);
    getStyleClass().addAll("pane-menu", "compare-menu");
    setTooltip(
        new Tooltip(
            "Compare with the same series earlier (Ctrl+Shift+D: a day ago, Ctrl+Shift+W: a week"
                + " ago)"));
    disableProperty().bind(Bindings.isEmpty(model.targets()));
  }

  private TimeShiftMenu(PaneModel model, Supplier<String> target) {
    super(SYMBOL);
    this.model = model;
    this.target = target;
    setOnShowing(e -> rebuild());
    rebuild();
  }

  /**
   * A target row's menu: overlays of the target {@code target} gives (the row's, which the user may
   * change); {@link #showShifts()} updates its label.
   */
  static TimeShiftMenu forTarget(PaneModel model, Supplier<String> target) {
    TimeShiftMenu menu = new TimeShiftMenu(model, target);
    menu.getStyleClass().addAll("pane-menu", "target-compare");
    menu.setTooltip(new Tooltip());
    menu.showShifts();
    return menu;
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

  /** A row's menu: shows the target's shifts on the button ("⟲ 1d 1w") and in its tooltip. */
  void showShifts() {
    String t = target.get();
    List<Overlay> overlays = t == null ? List.of() : model.overlaysOf(t);
    setText(
        overlays.isEmpty()
            ? SYMBOL
            : SYMBOL + " " + String.join(" ", overlays.stream().map(Overlay::shift).toList()));
    getTooltip()
        .setText(
            overlays.isEmpty()
                ? "Compare this target with the same series earlier"
                : "Compared with "
                    + String.join(", ", overlays.stream().map(o -> describe(o.shift())).toList()));
    getStyleClass().remove(HAS_OVERLAYS);
    if (!overlays.isEmpty()) {
      getStyleClass().add(HAS_OVERLAYS);
    }
  }

  private List<Overlay> overlays() {
    return target == null ? model.overlays() : model.overlaysOf(target.get());
  }

  private boolean has(String shift) {
    return target == null ? model.hasOverlays(shift) : model.hasOverlay(target.get(), shift);
  }

  private void add(String shift) {
    if (target == null) {
      model.addOverlays(shift);
    } else {
      model.addOverlay(target.get(), shift);
    }
  }

  private void toggle(String shift) {
    if (!has(shift)) {
      add(shift);
    } else if (target == null) {
      model.removeOverlays(shift);
    } else {
      model.removeOverlay(target.get(), shift);
    }
  }

  private void rebuild() {
    Set<String> shifts = new LinkedHashSet<>();
    shifts.add(Overlay.DAY);
    shifts.add(Overlay.WEEK);
    // the pane's menu lists every shift in use, so that it can take away one a row added
    for (Overlay overlay : model.overlays()) {
      if (shifts.stream().noneMatch(overlay::sameShift)) {
        shifts.add(overlay.shift());
      }
    }
    getItems().clear();
    for (String shift : shifts) {
      CheckMenuItem item = new CheckMenuItem(describe(shift));
      item.setSelected(has(shift));
      item.setOnAction(e -> toggle(shift));
      getItems().add(item);
    }
    MenuItem custom = new MenuItem("Custom…");
    custom.setOnAction(e -> askCustom());
    MenuItem clear = new MenuItem("Remove comparisons");
    clear.setDisable(overlays().isEmpty());
    clear.setOnAction(e -> model.overlays().removeAll(List.copyOf(overlays())));
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
    dialog.setHeaderText(
        target == null
            ? "Overlay the same series as they were this long ago."
            : "Overlay " + target.get() + " as it was this long ago.");
    dialog.setContentText("Interval (graphite's: 3h, 2d, 4w):");
    dialog.getEditor().setId("shiftInterval");
    Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("shiftOk");
    dialog
        .getEditor()
        .textProperty()
        .addListener((obs, was, now) -> ok.setDisable(readShift(now) == null));
    Dialogs.ownedBy(dialog, this).showAndWait().map(TimeShiftMenu::readShift).ifPresent(this::add);
  }
}
