package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.util.List;
import javafx.scene.control.TreeItem;

/**
 * A node of the browsing tree whose children are asked of the backend, in the background, the first
 * time it is expanded; a "loading…" line shows meanwhile, and an error line if the backend fails.
 */
final class MetricTreeItem extends TreeItem<MetricNode> {
  private final Backend backend;
  private final BackgroundTasks tasks;
  private boolean requested;

  MetricTreeItem(MetricNode node, Backend backend, BackgroundTasks tasks) {
    super(node);
    this.backend = backend;
    this.tasks = tasks;
    expandedProperty()
        .addListener(
            (obs, was, expanded) -> {
              if (expanded) {
                load();
              }
            });
  }

  @Override
  public boolean isLeaf() {
    return !getValue().branch();
  }

  /** Asks for the children unless already asked. */
  void load() {
    if (requested || isLeaf()) {
      return;
    }
    requested = true;
    getChildren().setAll(new StatusItem("loading…", false));
    String path = getValue().path();
    tasks.run(() -> backend.children(path), this::show, this::fail);
  }

  private void show(List<MetricNode> children) {
    getChildren().setAll(children.stream().map(this::child).toList());
  }

  private MetricTreeItem child(MetricNode node) {
    return new MetricTreeItem(node, backend, tasks);
  }

  private void fail(Exception e) {
    requested = false; // collapsing and expanding again retries
    getChildren().setAll(new StatusItem("cannot list: " + e.getMessage(), true));
  }
}
