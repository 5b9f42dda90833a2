package dev.charcoal.ui.backend;

import java.util.Objects;

/**
 * One node of the metric tree.
 *
 * @param path the dotted path, e.g. {@code servers.web1.cpu}
 * @param leaf whether a metric has exactly this name (it can be plotted)
 * @param branch whether metrics exist below it (it can be expanded)
 * @param leafCount the number of metrics at or below this node, or {@link #UNKNOWN_COUNT} when the
 *     backend cannot tell cheaply
 */
public record MetricNode(String path, boolean leaf, boolean branch, int leafCount) {
  /** The {@code leafCount} of a node whose count is not known. */
  public static final int UNKNOWN_COUNT = -1;

  public MetricNode {
    Objects.requireNonNull(path, "path");
    if (!leaf && !branch) {
      throw new IllegalArgumentException("a node is a leaf, a branch or both: " + path);
    }
  }

  /** The last node of the path: what the tree shows. */
  public String name() {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
