package dev.charcoal.store.index;

import dev.charcoal.model.MetricName;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.model.glob.NodePattern;
import dev.charcoal.store.MetricIndex.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One glob matched against the tree, as graphite-web's standard finder walks its directories: a
 * literal node (every brace variant plain) is a direct lookup, a wildcard node scans the children
 * with {@link NodePattern#matches}, and {@code **} matches any number of branches, or, as the last
 * node, everything below. A visited node matches when the whole pattern is consumed there; it is
 * reported as a branch if it has children and as a leaf if a metric ends there (both, if both).
 *
 * <p>The walk stops once more than {@code max} nodes matched, so a glob over everything costs no
 * more than the limit. With a globstar, the same (node, pattern position) can be reached along
 * several routes ({@code **.**}); those states and the nodes reported are remembered so that the
 * work stays linear in the tree.
 */
final class TreeWalk {
  /** Path order, then branch before leaf for the same path, as the interface promises. */
  static final Comparator<Node> NODE_ORDER =
      Comparator.comparing(Node::path, MetricName.CODE_POINT_ORDER)
          .thenComparing(Node::leaf, Boolean::compare);

  private static final GlobPattern EVERYTHING = GlobPattern.compile("**");

  /** A node pattern that is just {@code *}: the tree browser's question, no matching needed. */
  private static final List<String> STAR = List.of("*");

  /** Match outcomes remembered per pattern node; past this many names, only if they repeat. */
  private static final int MEMO_SIZE = 4096;

  private final List<NodePattern> patterns;
  private final Memo[] memos;
  private final boolean leavesOnly;
  private final int max;
  private final List<Node> found = new ArrayList<>();
  private final Set<State> visited;
  private final Set<TreeNode> reported;
  private boolean overflow;

  private record State(TreeNode node, int position) {}

  /** One pattern node's verdicts by node name, and whether they are worth remembering. */
  private static final class Memo {
    final Map<String, Boolean> outcomes = new HashMap<>();
    int lookups;
    int hits;
    boolean off;
  }

  private TreeWalk(List<NodePattern> patterns, boolean leavesOnly, int max) {
    this.patterns = patterns;
    this.memos = new Memo[patterns.size()];
    this.leavesOnly = leavesOnly;
    this.max = max;
    boolean globstar = patterns.stream().anyMatch(NodePattern::isGlobstar);
    // TreeNode keeps identity equality, so these sets hold nodes by identity.
    this.visited = globstar ? new HashSet<>() : null;
    this.reported = globstar ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
  }

  /**
   * The nodes below {@code root} matching {@code pattern}, sorted by {@link #NODE_ORDER}; only
   * leaves if {@code leavesOnly}; empty if more than {@code max} match.
   */
  static Optional<List<Node>> run(TreeNode root, GlobPattern pattern, boolean leavesOnly, int max) {
    TreeWalk walk = new TreeWalk(pattern.nodes(), leavesOnly, max);
    walk.walk(root, "", 0);
    if (walk.overflow) {
      return Optional.empty();
    }
    if (walk.visited != null) {
      // With a globstar, matches come at several depths, so the walk's order is not path order.
      walk.found.sort(NODE_ORDER);
    }
    return Optional.of(walk.found);
  }

  /** Every node below {@code root}, sorted; only leaves if {@code leavesOnly}. */
  static List<Node> all(TreeNode root, boolean leavesOnly) {
    return below(root, "", leavesOnly);
  }

  /**
   * Every node below {@code node}, whose path is {@code prefix}, sorted; only leaves if {@code
   * leavesOnly}.
   */
  static List<Node> below(TreeNode node, String prefix, boolean leavesOnly) {
    TreeWalk walk = new TreeWalk(EVERYTHING.nodes(), leavesOnly, Integer.MAX_VALUE);
    walk.walk(node, prefix, 0);
    walk.found.sort(NODE_ORDER);
    return walk.found;
  }

  /** Matches pattern node {@code p} against the children of {@code node}. */
  private void walk(TreeNode node, String prefix, int p) {
    if (overflow || (visited != null && !visited.add(new State(node, p)))) {
      return;
    }
    NodePattern pattern = patterns.get(p);
    boolean last = p == patterns.size() - 1;
    if (pattern.isGlobstar()) {
      if (last) {
        reportAllBelow(node, prefix);
      } else {
        walk(node, prefix, p + 1); // zero branches
        for (TreeNode child : node.sortedChildren()) {
          if (child.hasChildren()) {
            walk(child, join(prefix, child.name), p); // one more branch
          }
        }
      }
    } else if (pattern.isLiteral()) {
      List<TreeNode> named = new ArrayList<>(pattern.variants().size());
      for (String variant : pattern.variants()) {
        TreeNode child = node.child(variant);
        if (child != null) {
          named.add(child);
        }
      }
      named.sort(last ? TreeNode.BY_NAME : TreeNode.BY_PATH_BELOW);
      for (TreeNode child : named) {
        visit(child, prefix, p, last);
      }
    } else {
      boolean everything = pattern.variants().equals(STAR);
      for (TreeNode child : inPathOrder(node, last)) {
        if (everything || matches(p, child.name)) {
          visit(child, prefix, p, last);
        }
      }
    }
  }

  /**
   * The children in the order their matches must be reported: by name where they are the matches
   * themselves, by what lies below them otherwise. Visiting in this order yields every match of a
   * pattern without globstar (all at the same depth) in path order, so no sort is needed.
   */
  private static TreeNode[] inPathOrder(TreeNode node, boolean last) {
    TreeNode[] children = node.sortedChildren();
    if (last || !node.pathOrderDiffers()) {
      return children;
    }
    TreeNode[] below = children.clone();
    Arrays.sort(below, TreeNode.BY_PATH_BELOW);
    return below;
  }

  /**
   * Pattern node {@code p} tested against a node name, remembering the outcome: names repeat across
   * branches ({@code cpu}, {@code m5} under every host), so most tests become one lookup. Where
   * names do not repeat, the memo stops being filled and then consulted.
   */
  private boolean matches(int p, String name) {
    Memo memo = memos[p];
    if (memo == null) {
      memo = memos[p] = new Memo();
    }
    if (memo.off) {
      return patterns.get(p).matches(name);
    }
    memo.lookups++;
    Boolean known = memo.outcomes.get(name);
    if (known != null) {
      memo.hits++;
      return known;
    }
    boolean outcome = patterns.get(p).matches(name);
    if (memo.outcomes.size() < MEMO_SIZE) {
      memo.outcomes.put(name, outcome);
    } else if (memo.hits < memo.lookups / 2) {
      memo.off = true;
    }
    return outcome;
  }

  private void visit(TreeNode child, String prefix, int p, boolean last) {
    String path = join(prefix, child.name);
    if (last) {
      report(child, path);
    } else if (child.hasChildren()) {
      walk(child, path, p + 1);
    }
  }

  private void reportAllBelow(TreeNode node, String prefix) {
    for (TreeNode child : node.sortedChildren()) {
      if (overflow) {
        return;
      }
      String path = join(prefix, child.name);
      report(child, path);
      if (child.hasChildren()) {
        reportAllBelow(child, path);
      }
    }
  }

  private void report(TreeNode node, String path) {
    if (reported != null && !reported.add(node)) {
      return;
    }
    if (!leavesOnly && node.hasChildren()) {
      found.add(new Node(path, false));
    }
    if (node.isLeaf()) {
      found.add(new Node(path, true));
    }
    overflow = found.size() > max;
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
