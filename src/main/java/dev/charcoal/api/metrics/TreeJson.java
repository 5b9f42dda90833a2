package dev.charcoal.api.metrics;

import dev.charcoal.store.MetricIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /metrics/find?format=treejson}: graphite-web's {@code tree_json}, the nodes the browser
 * tree shows: one per name (the first of each), branches before leaves, with an optional leading
 * {@code *} node.
 */
final class TreeJson {
  private TreeJson() {}

  static List<Map<String, Object>> of(
      List<MetricIndex.Node> nodes, String basePath, boolean wildcards) {
    List<Map<String, Object>> results = new ArrayList<>();
    if (nodes.size() > 1 && wildcards) {
      boolean anyBranch = nodes.stream().anyMatch(n -> !n.leaf());
      results.add(node("*", basePath + "*", !anyBranch));
    }
    Set<String> found = new HashSet<>();
    List<Map<String, Object>> branches = new ArrayList<>();
    List<Map<String, Object>> leaves = new ArrayList<>();
    for (MetricIndex.Node node : nodes) {
      String name = MetricsEndpoint.name(node);
      if (!found.add(name)) {
        continue;
      }
      Map<String, Object> result =
          node(MetricsEndpoint.unquotePlus(name), basePath + name, node.leaf());
      (node.leaf() ? leaves : branches).add(result);
    }
    results.addAll(branches);
    results.addAll(leaves);
    return results;
  }

  private static Map<String, Object> node(String text, String id, boolean leaf) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("text", text);
    node.put("id", id);
    node.put("allowChildren", leaf ? 0 : 1);
    node.put("expandable", leaf ? 0 : 1);
    node.put("leaf", leaf ? 1 : 0);
    return node;
  }
}
