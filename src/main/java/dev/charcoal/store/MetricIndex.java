package dev.charcoal.store;

import dev.charcoal.model.glob.GlobPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metric names a data dir holds (whisper files and metrics still only in the cache), as a tree
 * of dotted nodes for graphite-web's finders. Thread-safe: ingest adds names while queries read.
 */
public interface MetricIndex {
  /** What {@link #count} answers when the index cannot count cheaply. */
  int UNKNOWN_COUNT = -1;

  /**
   * A node of the tree: {@code path} is dotted ({@code servers.web1}); {@code leaf} when a metric
   * has exactly this name. A path can be both a metric and a branch: it then appears twice, once of
   * each kind, as graphite-web's finder reports it.
   */
  record Node(String path, boolean leaf) {}

  /**
   * graphite-web's {@code STORE.find}: the nodes whose path matches {@code pattern} node for node
   * (branches included), sorted by path, branches before leaves of the same path.
   */
  List<Node> find(GlobPattern pattern);

  /**
   * {@link #find(GlobPattern)}, or empty when more than {@code max} nodes match: an implementation
   * may stop walking there, so a glob over everything costs no more than {@code max} nodes.
   */
  default Optional<List<Node>> find(GlobPattern pattern, int max) {
    List<Node> nodes = find(pattern);
    return nodes.size() > max ? Optional.empty() : Optional.of(nodes);
  }

  /** The metric names (leaves) matching {@code pattern}, sorted. */
  List<String> metrics(GlobPattern pattern);

  /** {@link #metrics(GlobPattern)}, or empty when more than {@code max} metrics match. */
  default Optional<List<String>> metrics(GlobPattern pattern, int max) {
    List<String> metrics = metrics(pattern);
    return metrics.size() > max ? Optional.empty() : Optional.of(metrics);
  }

  /** Every metric name, sorted: {@code /metrics/index.json}. */
  List<String> allMetrics();

  /**
   * The number of untagged metrics at or below the tree node {@code path} (a literal dotted path;
   * {@code ""} for all of them), 0 for a path the index does not hold; {@link #UNKNOWN_COUNT} when
   * the index cannot tell without walking the subtree (the default). The tree browser shows it for
   * every node it lists, so an implementation that answers must answer in a few lookups.
   */
  default int count(String path) {
    return UNKNOWN_COUNT;
  }

  /**
   * The untagged metrics at or below the tree node {@code path} (a literal dotted path, so {@code
   * *} in it is a character; {@code ""} for all), sorted: what deleting that node removes.
   */
  default List<String> metricsAtOrBelow(String path) {
    List<String> found = new ArrayList<>();
    for (String metric : allMetrics()) {
      if (path.isEmpty() || metric.equals(path) || metric.startsWith(path + ".")) {
        found.add(metric);
      }
    }
    return found;
  }

  /** Adds a metric name (idempotent); called by the store for every new metric. */
  void add(String metric);

  /** Removes a metric name (its file was deleted). */
  void remove(String metric);
}
