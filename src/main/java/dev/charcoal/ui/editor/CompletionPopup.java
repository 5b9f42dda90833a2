package dev.charcoal.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;

/**
 * The completion list under the field. It never takes the focus: the field keeps the keyboard and
 * moves the selection ({@link #move}), so typing goes on while the list narrows.
 */
final class CompletionPopup {
  /** The height of one entry, fixed so that the list can be as tall as its entries. */
  static final double CELL_HEIGHT = 22;

  /** The most entries visible at once; more scroll. */
  static final int VISIBLE_ROWS = 10;

  private final Popup popup = new Popup();
  private final ListView<Completion> list = new ListView<>();

  /**
   * @param onAccept told the completion clicked
   */
  CompletionPopup(Consumer<Completion> onAccept) {
    list.getStyleClass().add("completion-list");
    list.setFocusTraversable(false);
    list.setFixedCellSize(CELL_HEIGHT);
    list.setCellFactory(view -> new CompletionCell());
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY
              && list.getSelectionModel().getSelectedItem() != null) {
            onAccept.accept(list.getSelectionModel().getSelectedItem());
          }
        });
    StackPane content = new StackPane(list);
    content.getStyleClass().addAll("root", "completion-popup");
    popup.getContent().add(content);
    popup.setAutoHide(true);
    popup.setHideOnEscape(false); // Escape goes to the field, which closes the list itself
  }

  /** Shows {@code items} at screen point (x, y), the first selected; hides when there are none. */
  void show(Node owner, double x, double y, List<Completion> items) {
    if (items.isEmpty()) {
      hide();
      return;
    }
    Completion selected = list.getSelectionModel().getSelectedItem();
    list.getItems().setAll(items);
    list.setPrefHeight(Math.min(items.size(), VISIBLE_ROWS) * CELL_HEIGHT + 4);
    // keep the selection while the list narrows, as long as the entry is still there
    int index = selected == null ? 0 : Math.max(0, items.indexOf(selected));
    list.getSelectionModel().select(index);
    list.scrollTo(index);
    Region content = (Region) popup.getContent().get(0);
    content.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
    content.getStylesheets().add(ExpressionField.stylesheet());
    if (popup.isShowing()) {
      popup.setX(x);
      popup.setY(y);
    } else {
      popup.show(owner, x, y);
    }
  }

  /** Moves the list, if it shows, to screen point (x, y). */
  void moveTo(double x, double y) {
    if (popup.isShowing()) {
      popup.setX(x);
      popup.setY(y);
    }
  }

  void hide() {
    popup.hide();
    list.getSelectionModel().clearSelection();
  }

  boolean isShowing() {
    return popup.isShowing();
  }

  /** Moves the selection by {@code delta} entries, stopping at either end. */
  void move(int delta) {
    int size = list.getItems().size();
    if (size == 0) {
      return;
    }
    int index =
        Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + delta));
    list.getSelectionModel().select(index);
    list.scrollTo(Math.max(0, index - 3));
  }

  /** The completion selected, or null. */
  Completion selected() {
    return list.getSelectionModel().getSelectedItem();
  }

  /** The entries shown (for tests). */
  List<Completion> items() {
    return list.getItems();
  }

  private static final class CompletionCell extends ListCell<Completion> {
    private final Label icon = new Label();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox box;

    CompletionCell() {
      icon.getStyleClass().add("completion-icon");
      name.getStyleClass().add("completion-name");
      detail.getStyleClass().add("completion-detail");
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      box = new HBox(6, icon, name, gap, detail);
      box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Completion item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      icon.setText(
          switch (item.kind()) {
            case FUNCTION -> "ƒ";
            case BRANCH -> "▸";
            case LEAF -> "•";
          });
      name.setText(item.label());
      detail.setText(item.detail());
      setGraphic(box);
    }
  }
}
