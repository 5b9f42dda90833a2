package dev.charcoal.ui.tree;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.model.glob.NodePattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The tree's search box, read as space-separated chunks that must all match (PlotJuggler's
 * multi-chunk filter: {@code web cpu} finds {@code servers.web1.cpu.user}):
 *
 * <ul>
 *   <li>a chunk with a dot and a wildcard ({@code servers.*.cpu.*}) is a graphite glob over the
 *       whole name; the first such chunk narrows the search through the index;
 *   <li>a chunk with a wildcard but no dot ({@code web[12]}) must match one node of the name;
 *   <li>any other chunk must appear in the name, ignoring case.
 * </ul>
 *
 * Globs keep graphite's meaning, so they are case-sensitive like the names on disk.
 *
 * @param indexGlob what the backend's index is asked for ({@code **}: every metric)
 * @param globs whole-name globs the names must also match
 * @param nodeGlobs node globs some node of the name must match
 * @param substrings lower-case texts the name must contain
 */
public record MetricFilter(
    String indexGlob, List<GlobPattern> globs, List<NodePattern> nodeGlobs, List<String> substrings)
    implements Predicate<String> {

  /** The index glob for "every metric". */
  public static final String EVERYTHING = "**";

  public MetricFilter {
    globs = List.copyOf(globs);
    nodeGlobs = List.copyOf(nodeGlobs);
    substrings = List.copyOf(substrings);
  }

  /**
   * Reads the search box.
   *
   * @throws IllegalArgumentException a glob that does not compile (an unclosed bracket…)
   */
  public static MetricFilter parse(String text) {
    String indexGlob = EVERYTHING;
    List<GlobPattern> globs = new ArrayList<>();
    List<NodePattern> nodeGlobs = new ArrayList<>();
    List<String> substrings = new ArrayList<>();
    for (String chunk : text.strip().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      if (!GlobPattern.isPattern(chunk)) {
        substrings.add(chunk.toLowerCase(Locale.ROOT));
      } else if (chunk.indexOf('.') < 0) {
        nodeGlobs.add(NodePattern.compile(chunk));
      } else if (indexGlob.equals(EVERYTHING)) {
        GlobPattern.compile(chunk); // fail here, with the user's text, not in the backend
        indexGlob = chunk;
      } else {
        globs.add(GlobPattern.compile(chunk));
      }
    }
    return new MetricFilter(indexGlob, globs, nodeGlobs, substrings);
  }

  /** Whether the box is empty: the tree shows its lazy browser instead of matches. */
  public boolean isEmpty() {
    return indexGlob.equals(EVERYTHING)
        && globs.isEmpty()
        && nodeGlobs.isEmpty()
        && substrings.isEmpty();
  }

  /** Whether a metric name (already matched by {@link #indexGlob}) passes the other chunks. */
  @Override
  public boolean test(String metric) {
    String lower = metric.toLowerCase(Locale.ROOT);
    for (String substring : substrings) {
      if (!lower.contains(substring)) {
        return false;
      }
    }
    for (GlobPattern glob : globs) {
      if (!glob.matches(metric)) {
        return false;
      }
    }
    if (!nodeGlobs.isEmpty()) {
      List<String> nodes = Arrays.asList(metric.split("\\.", -1));
      for (NodePattern glob : nodeGlobs) {
        if (nodes.stream().noneMatch(glob::matches)) {
          return false;
        }
      }
    }
    return true;
  }
}
