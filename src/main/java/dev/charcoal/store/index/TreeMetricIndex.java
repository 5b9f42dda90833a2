package dev.charcoal.store.index;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.TagIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link MetricIndex} of a data dir: an in-memory tree of name nodes, filled by {@link
 * WhisperTreeScan} at start and kept live by {@link #add} (the store calls it for every metric new
 * to its cache). Tagged names ({@code name;tag=value}) are not tree paths: {@code add} and {@code
 * remove} hand them to the {@link TagIndex}, and {@code find} answers a tagged pattern by a direct
 * lookup there, as graphite-web's finder looks the encoded file up.
 *
 * <p>Queries never lock and see adds as they happen; adds and removes take one lock, after a
 * lock-free check that makes adding a known name cheap. Node names are pooled, so {@code cpu} under
 * a thousand hosts is one string.
 *
 * <p>Differences from graphite-web's finder, on purpose: empty directories are not branches (the
 * tree only holds metrics), and the {@code _tagged} directory is not shown.
 */
public final class TreeMetricIndex implements MetricIndex {
  private final TreeNode root = new TreeNode("");
  private final TagIndex tags;
  private final Object writeLock = new Object();
  private final Map<String, String> nodeNames = new HashMap<>();

  /** An empty index handing tagged names to {@code tags}. */
  public TreeMetricIndex(TagIndex tags) {
    this.tags = tags;
  }

  @Override
  public List<Node> find(GlobPattern pattern) {
    return find(pattern, Integer.MAX_VALUE).orElseThrow();
  }

  /**
   * As graphite-web's {@code STORE.find}; paths are named as graphite-web names them under escaped
   * wildcards (see {@link EscapedFields}), duplicates that naming creates merged.
   */
  @Override
  public Optional<List<Node>> find(GlobPattern pattern, int max) {
    String text = pattern.pattern();
    if (isTaggedPattern(text)) {
      return Optional.of(tags.contains(text) ? List.of(new Node(text, true)) : List.of());
    }
    Optional<List<Node>> found = TreeWalk.run(root, pattern, false, max);
    if (found.isEmpty() || EscapedFields.positions(text).isEmpty()) {
      return found;
    }
    List<Node> renamed = new ArrayList<>();
    for (Node node : found.get()) {
      renamed.add(new Node(EscapedFields.rename(text, node.path()), node.leaf()));
    }
    renamed.sort(TreeWalk.NODE_ORDER);
    List<Node> distinct = new ArrayList<>();
    for (Node node : renamed) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(node)) {
        distinct.add(node);
      }
    }
    return Optional.of(distinct);
  }

  @Override
  public List<String> metrics(GlobPattern pattern) {
    return metrics(pattern, Integer.MAX_VALUE).orElseThrow();
  }

  /**
   * The metrics' real names (not renamed as {@link #find} does): the fetch phase reads them, then
   * names the series as graphite-web does.
   */
  @Override
  public Optional<List<String>> metrics(GlobPattern pattern, int max) {
    String text = pattern.pattern();
    if (isTaggedPattern(text)) {
      return Optional.of(tags.contains(text) ? List.of(text) : List.of());
    }
    return TreeWalk.run(root, pattern, true, max).map(TreeMetricIndex::paths);
  }

  /** Every untagged metric, sorted (graphite-web would list tagged files by their hashed path). */
  @Override
  public List<String> allMetrics() {
    return paths(TreeWalk.all(root, true));
  }

  /** The number of untagged metrics. */
  public int size() {
    return root.count();
  }

  /**
   * Adds a metric; a tagged one goes to the tag index.
   *
   * @throws IllegalArgumentException a name with an empty node ({@code a..b}); the store never
   *     passes one
   */
  @Override
  public void add(String metric) {
    if (isTagged(metric)) {
      tags.add(metric);
      return;
    }
    if (contains(metric)) {
      return;
    }
    String[] nodes = split(metric);
    synchronized (writeLock) {
      TreeNode[] path = new TreeNode[nodes.length + 1];
      path[0] = root;
      for (int i = 0; i < nodes.length; i++) {
        path[i + 1] = path[i].childOrCreate(nodeNames.computeIfAbsent(nodes[i], n -> n));
      }
      TreeNode node = path[nodes.length];
      if (!node.isLeaf()) {
        node.setLeaf(true);
        for (TreeNode onPath : path) {
          onPath.addToCount(1);
        }
      }
    }
  }

  @Override
  public void remove(String metric) {
    if (isTagged(metric)) {
      tags.remove(metric);
      return;
    }
    String[] names = split(metric);
    synchronized (writeLock) {
      TreeNode[] path = new TreeNode[names.length + 1];
      path[0] = root;
      for (int i = 0; i < names.length; i++) {
        path[i + 1] = path[i].child(names[i]);
        if (path[i + 1] == null) {
          return;
        }
      }
      TreeNode node = path[names.length];
      if (!node.isLeaf()) {
        return;
      }
      node.setLeaf(false);
      for (TreeNode onPath : path) {
        onPath.addToCount(-1);
      }
      // Prune the branches this leaves empty, so they stop appearing in finds.
      for (int i = names.length; i > 0 && path[i].count() == 0; i--) {
        path[i - 1].removeChild(path[i].name);
      }
    }
  }

  /**
   * The untagged metrics at or below {@code path}, from the node's count: a lookup per node of the
   * path, however many metrics lie below (lock-free).
   */
  @Override
  public int count(String path) {
    TreeNode node = nodeAt(path);
    return node == null ? 0 : node.count();
  }

  @Override
  public List<String> metricsAtOrBelow(String path) {
    TreeNode node = nodeAt(path);
    if (node == null) {
      return List.of();
    }
    List<String> metrics = new ArrayList<>(node.count());
    if (node.isLeaf() && !path.isEmpty()) {
      metrics.add(path);
    }
    metrics.addAll(paths(TreeWalk.below(node, path, true)));
    return metrics;
  }

  /** Whether an untagged metric is in the index (lock-free). */
  public boolean contains(String metric) {
    TreeNode node = nodeAt(metric);
    return node != null && node.isLeaf();
  }

  /** The node of a literal dotted path ({@code ""}: the root), or null (lock-free). */
  private TreeNode nodeAt(String path) {
    TreeNode node = root;
    if (path.isEmpty()) {
      return node;
    }
    int start = 0;
    while (node != null) {
      int dot = path.indexOf('.', start);
      node = node.child(dot < 0 ? path.substring(start) : path.substring(start, dot));
      if (dot < 0) {
        return node;
      }
      start = dot + 1;
    }
    return null;
  }

  private static String[] split(String metric) {
    String[] nodes = metric.split("\\.", -1);
    for (String node : nodes) {
      if (node.isEmpty()) {
        throw new IllegalArgumentException("metric name with an empty node: '" + metric + "'");
      }
    }
    return nodes;
  }

  private static boolean isTagged(String metric) {
    return metric.indexOf(';') >= 0 || (metric.endsWith("\"}") && metric.indexOf('{') >= 0);
  }

  /** graphite-web's finder test: tagged, unless it walks carbon's hashed directory itself. */
  private static boolean isTaggedPattern(String pattern) {
    return pattern.indexOf(';') >= 0 && !pattern.startsWith(MetricPaths.TAGGED_DIR + ".");
  }

  private static List<String> paths(List<Node> nodes) {
    List<String> paths = new ArrayList<>(nodes.size());
    for (Node node : nodes) {
      paths.add(node.path());
    }
    return paths;
  }
}
