package dev.charcoal.store.index;

import dev.charcoal.model.MetricName;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node of the metric tree: its name, whether a metric ends here, how many metrics end at or
 * below it, and its children.
 *
 * <p>Readers never lock. Most nodes have a handful of children (or one: {@code server42.requests}),
 * so up to {@link #SMALL} children live in an immutable name-sorted array, replaced on each add: a
 * lookup is a short scan and a wildcard scan reads it as is. Beyond that they move to a {@link
 * ConcurrentHashMap} (a literal lookup stays O(1) and an add stays O(1) under a flat namespace of
 * 100,000 names), and a wildcard scan reads a name-sorted array rebuilt on first use after a
 * change. That array is tagged with the {@link #version} it was built from: a writer bumps the
 * version after changing the map, so a reader that raced with it publishes an array tagged stale,
 * and the next reader rebuilds. Mutators are called under the index's write lock only.
 */
final class TreeNode {
  /** Up to this many children are kept in a sorted array (a map costs ~150 bytes more). */
  static final int SMALL = 8;

  static final Comparator<TreeNode> BY_NAME =
      (a, b) -> MetricName.CODE_POINT_ORDER.compare(a.name, b.name);

  /**
   * The order of what lies below siblings: by name as if each ended in {@code .}, since their
   * descendants' paths continue with one. {@code a-b.x} sorts before {@code a.x} ('-' is below
   * '.'), although {@code a} sorts before {@code a-b}.
   */
  static final Comparator<TreeNode> BY_PATH_BELOW = (a, b) -> compareDotted(a.name, b.name);

  private static final TreeNode[] NONE = new TreeNode[0];

  final String name;
  private volatile boolean leaf;

  /**
   * Metrics at or below this node, kept on every add and remove so the tree browser's per-node
   * counts cost a lookup rather than a walk of the subtree.
   */
  private volatile int count;

  /** A sorted {@code TreeNode[]} of at most SMALL children, or a map of more. */
  private volatile Object children = NONE;

  private volatile int version;
  private volatile Sorted sorted;

  private record Sorted(int version, TreeNode[] nodes, boolean pathOrderDiffers) {}

  TreeNode(String name) {
    this.name = name;
  }

  boolean isLeaf() {
    return leaf;
  }

  int count() {
    return count;
  }

  boolean hasChildren() {
    Object c = children;
    return c instanceof TreeNode[] small ? small.length > 0 : !((Map) c).isEmpty();
  }

  TreeNode child(String childName) {
    Object c = children;
    if (c instanceof TreeNode[] small) {
      for (TreeNode child : small) {
        if (child.name.equals(childName)) {
          return child;
        }
      }
      return null;
    }
    return ((Map) c).get(childName);
  }

  /** The children in code point order of their names; do not modify the array. */
  TreeNode[] sortedChildren() {
    Object c = children;
    if (c instanceof TreeNode[] small) {
      return small;
    }
    int v = version;
    Sorted s = sorted;
    if (s != null && s.version == v) {
      return s.nodes;
    }
    TreeNode[] nodes = ((Map) c).values().toArray(NONE);
    Arrays.sort(nodes, BY_NAME);
    sorted = new Sorted(v, nodes, pathOrderDiffers(nodes));
    return nodes;
  }

  /**
   * Whether {@link #BY_PATH_BELOW} orders the children otherwise than {@link #sortedChildren()}:
   * only when a name is followed by one that extends it with a character below '.'.
   */
  boolean pathOrderDiffers() {
    Object c = children;
    if (c instanceof TreeNode[] small) {
      return pathOrderDiffers(small);
    }
    TreeNode[] nodes = sortedChildren();
    Sorted s = sorted;
    return s == null || s.nodes != nodes || s.pathOrderDiffers;
  }

  /**
   * Checking neighbours is enough: if a name is extended by a later one with a character below '.',
   * every name between them extends it too, the first of them with such a character.
   */
  private static boolean pathOrderDiffers(TreeNode[] byName) {
    for (int i = 1; i < byName.length; i++) {
      String a = byName[i - 1].name;
      String b = byName[i].name;
      if (b.length() > a.length() && b.startsWith(a) && b.charAt(a.length()) < '.') {
        return true;
      }
    }
    return false;
  }

  /** Code point order of {@code a + "."} and {@code b + "."}, without building them. */
  private static int compareDotted(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      int ca = i < a.length() ? a.codePointAt(i) : '.';
      int cb = j < b.length() ? b.codePointAt(j) : '.';
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return 0;
  }

  // Mutators: the caller holds the index's write lock.

  void setLeaf(boolean isLeaf) {
    leaf = isLeaf;
  }

  void addToCount(int delta) {
    count += delta; // not atomic, but writers hold the index's write lock
  }

  /** The child named {@code childName}, created if missing; the name is used as given. */
  TreeNode childOrCreate(String childName) {
    TreeNode child = child(childName);
    if (child != null) {
      return child;
    }
    child = new TreeNode(childName);
    Object c = children;
    if (c instanceof TreeNode[] small && small.length < SMALL) {
      TreeNode[] grown = Arrays.copyOf(small, small.length + 1);
      grown[small.length] = child;
      Arrays.sort(grown, BY_NAME);
      children = grown;
    } else if (c instanceof TreeNode[] small) {
      Map map = new Map(SMALL * 4);
      for (TreeNode n : small) {
        map.put(n.name, n);
      }
      map.put(childName, child);
      children = map;
    } else {
      ((Map) c).put(childName, child);
      version++;
    }
    return child;
  }

  void removeChild(String childName) {
    Object c = children;
    if (c instanceof TreeNode[] small) {
      children =
          Arrays.stream(small).filter(n -> !n.name.equals(childName)).toArray(TreeNode[]::new);
    } else if (((Map) c).remove(childName) != null) {
      version++;
    }
  }

  /** The children map of a large node. */
  @SuppressWarnings("serial") // never serialized
  private static final class Map extends ConcurrentHashMap<String, TreeNode> {
    Map(int capacity) {
      super(capacity);
    }
  }
}
