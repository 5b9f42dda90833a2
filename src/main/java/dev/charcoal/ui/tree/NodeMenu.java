package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.MetricNode;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The tree's context menu, acting on the selection: open, file info (one metric), delete. A right
 * click opens it where the mouse is; the context-menu key or Shift+F10 opens it below the focused
 * line. Both are handled here as well as through the platform's context-menu event, which not every
 * platform sends (Monocle sends none); showing it twice at the same place changes nothing. No
 * accelerators: installed on the scene, they would fire from the chart panes too.
 */
final class NodeMenu {
  private static final KeyCombination SHIFT_F10 =
      new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

  private final TreeView<MetricNode> tree;
  private final ContextMenu menu = new ContextMenu();
  private final MenuItem open = new MenuItem("Open");
  private final MenuItem info = new MenuItem("File info…");
  private final MenuItem delete = new MenuItem("Delete…");

  NodeMenu(
      TreeView<MetricNode> tree, Runnable onOpen, Consumer<String> onFileInfo, Runnable onDelete) {
    this.tree = tree;
    menu.setId("treeMenu");
    open.setId("treeMenuOpen");
    info.setId("treeMenuInfo");
    delete.setId("treeMenuDelete");
    open.setOnAction(e -> onOpen.run());
    info.setOnAction(e -> onFileInfo.accept(selected().get(0).getValue().path()));
    delete.setOnAction(e -> onDelete.run());
    menu.getItems().addAll(open, info, new SeparatorMenuItem(), delete);
    menu.setOnShowing(e -> enableForSelection());
    tree.setOnContextMenuRequested(
        e -> {
          if (e.isKeyboardTrigger()) {
            showAtFocusedLine();
          } else if (!menu.isShowing()) {
            menu.show(tree, e.getScreenX(), e.getScreenY());
          }
          e.consume();
        });
    tree.addEventHandler(
        MouseEvent.MOUSE_CLICKED,
        e -> {
          if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
            menu.show(tree, e.getScreenX(), e.getScreenY());
            e.consume();
          }
        });
    tree.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.CONTEXT_MENU || SHIFT_F10.match(e)) {
            showAtFocusedLine();
            e.consume();
          }
        });
  }

  ContextMenu menu() {
    return menu;
  }

  private List<TreeItem<MetricNode>> selected() {
    return tree.getSelectionModel().getSelectedItems().stream()
        .filter(item -> item != null && !(item instanceof StatusItem) && item.getValue() != null)
        .map(item -> (TreeItem<MetricNode>) item)
        .toList();
  }

  private void enableForSelection() {
    List<TreeItem<MetricNode>> items = selected();
    open.setDisable(MetricTree.targetsOf(items).isEmpty());
    info.setDisable(items.size() != 1 || !items.get(0).getValue().leaf());
    delete.setDisable(items.isEmpty());
  }

  /**
   * Below the focused line when it is on screen, else at the tree's top left. The tree owns the
   * menu either way: a popup takes its owner's styles, and a selected line's would colour the
   * items' text for the selection bar, white on the menu's white.
   */
  private void showAtFocusedLine() {
    TreeItem<MetricNode> focused = tree.getFocusModel().getFocusedItem();
    for (Node node : tree.lookupAll(".tree-cell")) {
      if (node instanceof TreeCell<?> cell
          && focused != null
          && cell.getTreeItem() == focused
          && cell.isVisible()) {
        Bounds line = cell.localToScreen(cell.getBoundsInLocal());
        menu.show(tree, line.getMinX() + line.getWidth() / 4, line.getMaxY());
        return;
      }
    }
    Bounds all = tree.localToScreen(tree.getBoundsInLocal());
    menu.show(tree, all.getMinX(), all.getMinY());
  }
}
