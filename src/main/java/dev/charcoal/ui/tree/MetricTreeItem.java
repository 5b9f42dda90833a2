package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Asks again for the children of this node and of every expanded node below it, so metrics that
   * arrived since appear; nodes that stay keep their items (and so their expansion and selection).
   */
  void refresh() {
    if (!requested || isLeaf()) {
      return;
    }
    String path = getValue().path();
    tasks.run(() -> backend.children(path), this::merge, e -> {});
  }

  private void merge(List<MetricNode> children) {
    Map<String, MetricTreeItem> existing = new HashMap<>();
    for (TreeItem<MetricNode> item : getChildren()) {
      if (item instanceof MetricTreeItem metric) {
        existing.put(metric.getValue().path(), metric);
      }
    }
    List<TreeItem<MetricNode>> merged = new ArrayList<>(children.size());
    boolean changed = children.size() != getChildren().size();
    for (MetricNode node : children) {
      MetricTreeItem item = existing.get(node.path());
      if (item == null || !item.getValue().equals(node)) {
        item = item == null ? child(node) : item.with(node);
        changed = true;
      }
      merged.add(item);
    }
    if (changed) {
      getChildren().setAll(merged);
    }
    for (TreeItem<MetricNode> item : merged) {
      if (item.isExpanded() && item instanceof MetricTreeItem metric) {
        metric.refresh();
      }
    }
  }

  /** This item with a new value (its counts or kind changed), children and state kept. */
  private MetricTreeItem with(MetricNode node) {
    setValue(node);
    return this;
  }

  private MetricTreeItem child(MetricNode node) {
    return new MetricTreeItem(node, backend, tasks);
  }

  private void fail(Exception e) {
    requested = false; // collapsing and expanding again retries
    getChildren().setAll(new StatusItem("cannot list: " + e.getMessage(), true));
  }
}
