package dev.charcoal.store.index;

import dev.charcoal.model.MetricName;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node of the metric tree: its name, whether a metric ends here, and its children.
 *
 * <p>Readers never lock. Children live in a {@link ConcurrentHashMap} (a literal pattern node is
 * one lookup, an add is O(1) even under a flat namespace of 100,000 names); a wildcard scan reads a
 * name-sorted array that is rebuilt on first use after a change. The array is tagged with the
 * {@link #version} it was built from: a writer bumps the version after changing the map, so a
 * reader that raced with it publishes an array tagged stale, and the next reader rebuilds. Mutators
 * are called under the index's write lock only.
 */
final class TreeNode {
  static final Comparator<TreeNode> BY_NAME =
      (a, b) -> MetricName.CODE_POINT_ORDER.compare(a.name, b.name);

  private static final TreeNode[] NONE = new TreeNode[0];

  final String name;
  private volatile boolean leaf;
  private volatile ConcurrentHashMap<String, TreeNode> children;
  private volatile int version;
  private volatile Sorted sorted;

  private record Sorted(int version, TreeNode[] nodes) {}

  TreeNode(String name) {
    this.name = name;
  }

  boolean isLeaf() {
    return leaf;
  }

  boolean hasChildren() {
    ConcurrentHashMap<String, TreeNode> c = children;
    return c != null && !c.isEmpty();
  }

  TreeNode child(String childName) {
    ConcurrentHashMap<String, TreeNode> c = children;
    return c == null ? null : c.get(childName);
  }

  /** The children in code point order of their names; do not modify the array. */
  TreeNode[] sortedChildren() {
    int v = version;
    Sorted s = sorted;
    if (s != null && s.version == v) {
      return s.nodes;
    }
    ConcurrentHashMap<String, TreeNode> c = children;
    TreeNode[] nodes = c == null ? NONE : c.values().toArray(NONE);
    Arrays.sort(nodes, BY_NAME);
    sorted = new Sorted(v, nodes);
    return nodes;
  }

  // Mutators: the caller holds the index's write lock.

  void setLeaf(boolean isLeaf) {
    leaf = isLeaf;
  }

  /** The child named {@code childName}, created if missing; the name is used as given. */
  TreeNode childOrCreate(String childName) {
    ConcurrentHashMap<String, TreeNode> c = children;
    if (c == null) {
      c = new ConcurrentHashMap<>(4);
      children = c;
    }
    TreeNode child = c.get(childName);
    if (child == null) {
      child = new TreeNode(childName);
      c.put(childName, child);
      version++;
    }
    return child;
  }

  void removeChild(String childName) {
    ConcurrentHashMap<String, TreeNode> c = children;
    if (c != null && c.remove(childName) != null) {
      version++;
    }
  }
}
