package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.dnd.TargetTransfer;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One line of the metric tree: the node's name, its metric count when known, and a drag source
 * carrying the selected nodes as targets (a branch as its {@code path.*} glob).
 */
final class MetricCell extends TreeCell<MetricNode> {
  private static final String LEAF = "metric-leaf";
  private static final String BRANCH = "metric-branch";
  private static final String STATUS = "metric-status";
  private static final String ERROR = "metric-error";

  private final Label name = new Label();
  private final Label count = new Label();
  private final HBox graphic;

  MetricCell() {
    name.getStyleClass().add("metric-name");
    count.getStyleClass().add("metric-count");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    graphic = new HBox(6, name, spacer, count);
    graphic.setAlignment(Pos.CENTER_LEFT);
    setOnDragDetected(
        e -> {
          List<String> targets = MetricTree.targetsOf(dragged());
          if (!targets.isEmpty()) {
            Dragboard board = startDragAndDrop(TransferMode.COPY);
            board.setContent(TargetTransfer.content(targets));
            board.setDragView(snapshot(null, null));
          }
          e.consume();
        });
  }

  /** The dragged nodes: the whole selection when this line is part of it, else this line. */
  private List<TreeItem<MetricNode>> dragged() {
    List<TreeItem<MetricNode>> selected = getTreeView().getSelectionModel().getSelectedItems();
    return selected.contains(getTreeItem()) ? List.copyOf(selected) : List.of(getTreeItem());
  }

  @Override
  protected void updateItem(MetricNode node, boolean empty) {
    super.updateItem(node, empty);
    getStyleClass().removeAll(LEAF, BRANCH, STATUS, ERROR);
    setText(null);
    if (empty) {
      setGraphic(null);
      return;
    }
    if (getTreeItem() instanceof StatusItem status) {
      setGraphic(null);
      setText(status.message());
      getStyleClass().add(status.error() ? ERROR : STATUS);
      return;
    }
    if (node == null) {
      setGraphic(null);
      return;
    }
    name.setText(node.name());
    count.setText(
        node.branch() && node.leafCount() != MetricNode.UNKNOWN_COUNT
            ? String.valueOf(node.leafCount())
            : "");
    getStyleClass().add(node.leaf() ? LEAF : BRANCH);
    setGraphic(graphic);
  }
}
