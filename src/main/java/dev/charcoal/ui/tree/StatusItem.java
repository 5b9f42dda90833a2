package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.MetricNode;
import javafx.scene.control.TreeItem;

/** A line of the tree that is not a metric: "loading…", an error, "no matches". */
final class StatusItem extends TreeItem<MetricNode> {
  private final String message;
  private final boolean error;

  StatusItem(String message, boolean error) {
    this.message = message;
    this.error = error;
  }

  String message() {
    return message;
  }

  boolean error() {
    return error;
  }
}
