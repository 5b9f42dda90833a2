package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.MetricNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;

/**
 * The tree the search box shows: the matching metric names arranged by their dotted paths, every
 * branch expanded and counting the matches below it.
 */
final class FilterResults {
  private FilterResults() {}

  /**
   * A root holding {@code metrics} (sorted names), with a note when they were cut at {@code limit}.
   */
  static TreeItem<MetricNode> build(List<String> metrics, int limit) {
    TreeItem<MetricNode> root = new TreeItem<>();
    root.setExpanded(true);
    if (metrics.isEmpty()) {
      root.getChildren().add(new StatusItem("no matches", false));
      return root;
    }
    Map<String, TreeItem<MetricNode>> branches = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    List<String> shown = metrics.size() > limit ? metrics.subList(0, limit) : metrics;
    for (String metric : shown) {
      for (int dot = metric.indexOf('.'); dot >= 0; dot = metric.indexOf('.', dot + 1)) {
        counts.merge(metric.substring(0, dot), 1, Integer::sum);
      }
    }
    for (String metric : shown) {
      TreeItem<MetricNode> parent = root;
      for (int dot = metric.indexOf('.'); dot >= 0; dot = metric.indexOf('.', dot + 1)) {
        String path = metric.substring(0, dot);
        TreeItem<MetricNode> owner = parent;
        parent =
            branches.computeIfAbsent(
                path,
                p -> {
                  TreeItem<MetricNode> item =
                      new TreeItem<>(new MetricNode(p, false, true, counts.get(p)));
                  item.setExpanded(true);
                  owner.getChildren().add(item);
                  return item;
                });
      }
      parent.getChildren().add(new TreeItem<>(new MetricNode(metric, true, false, 1)));
    }
    if (metrics.size() > limit) {
      root.getChildren()
          .add(new StatusItem("first " + limit + " matches shown; narrow the search", false));
    }
    return root;
  }
}
