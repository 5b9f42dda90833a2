package dev.charcoal.model.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path expression compiled for matching metric names, node by node, as graphite-web's standard
 * finder walks its directories: the pattern is split at every {@code .} (wildcards never cross
 * one), each node is a {@link NodePattern}, and a node that is exactly {@code **} matches any
 * number of nodes (at least one when it is the last node). Backslashes are dropped first, as the
 * finder does. Tagged expressions ({@code name;tag=value}) are not globs: they go to the tag index.
 *
 * <p>The fetch phase can walk an index tree with {@link #nodes()} (looking literal nodes up
 * directly), or test whole names with {@link #matches(String)}.
 */
public final class GlobPattern {
  private final String pattern;
  private final List<NodePattern> nodes;

  private GlobPattern(String pattern, List<NodePattern> nodes) {
    this.pattern = pattern;
    this.nodes = List.copyOf(nodes);
  }

  /**
   * Compiles a path expression such as {@code servers.web{1,2}.cpu.*}.
   *
   * @throws IllegalArgumentException when a node cannot be compiled (see {@link NodePattern})
   */
  public static GlobPattern compile(String pathExpression) {
    String clean = pathExpression.replace("\\", "");
    List<NodePattern> nodes = new ArrayList<>();
    for (String node : clean.split("\\.", -1)) {
      nodes.add(NodePattern.compile(node));
    }
    return new GlobPattern(pathExpression, nodes);
  }

  /** graphite's {@code is_pattern}: whether the expression has {@code * ? [ {} at all. */
  public static boolean isPattern(String pathExpression) {
    return pathExpression.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The expression as given. */
  public String pattern() {
    return pattern;
  }

  /** One pattern per node. */
  public List<NodePattern> nodes() {
    return nodes;
  }

  /** Whether the dotted metric name {@code metric} matches. */
  public boolean matches(String metric) {
    return matches(Arrays.asList(metric.split("\\.", -1)));
  }

  /** Whether a metric name, given as its nodes, matches. */
  public boolean matches(List<String> metricNodes) {
    // reachable[j]: the patterns so far can consume exactly the first j name nodes.
    boolean[] reachable = new boolean[metricNodes.size() + 1];
    reachable[0] = true;
    for (int p = 0; p < nodes.size(); p++) {
      NodePattern node = nodes.get(p);
      boolean last = p == nodes.size() - 1;
      boolean[] next = new boolean[reachable.length];
      boolean earlier = false;
      for (int j = 0; j < reachable.length; j++) {
        if (node.isGlobstar()) {
          // Any depth of directories below (zero or more), then, when last, one more node.
          if (!last && (earlier || reachable[j])) {
            next[j] = true;
          }
          if (last && earlier) {
            next[j] = true;
          }
          earlier |= reachable[j];
        }
        if (j > 0 && reachable[j - 1] && node.matches(metricNodes.get(j - 1))) {
          next[j] = true;
        }
      }
      reachable = next;
    }
    return reachable[metricNodes.size()];
  }

  @Override
  public String toString() {
    return pattern;
  }
}
