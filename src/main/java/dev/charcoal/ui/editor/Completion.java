package dev.charcoal.ui.editor;

import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.ui.backend.MetricNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the completion list.
 *
 * @param label what the list shows
 * @param insert what replaces the word: {@code sumSeries(} for a function, {@code web1.} for a
 *     branch, {@code cpu} for a metric
 * @param detail the grey text beside it: the function's group, {@code metric}, {@code branch}
 * @param kind decides the icon and whether completion goes on
 */
record Completion(String label, String insert, String detail, Kind kind) {
  /** The most entries the list shows. */
  static final int MAX = 100;

  /** What a completion inserts. */
  enum Kind {
    FUNCTION,
    /** A node with children: accepting it goes on to complete the next segment. */
    BRANCH,
    LEAF
  }

  /**
   * The completions of {@code word}: at the top level the root nodes and the functions, further
   * down the children of the word's parent; names starting with the typed text first, then names
   * that contain it, nodes before functions in each (a tree level holds a few names, the function
   * list hundreds).
   *
   * @param children the children of {@code word.parent()}
   */
  static List<Completion> of(
      CaretContext.Word word, FunctionCatalog functions, List<MetricNode> children) {
    String typed = word.partial().toLowerCase(Locale.ROOT);
    List<Completion> starts = new ArrayList<>();
    List<Completion> contains = new ArrayList<>();
    for (MetricNode node : children) {
      String name = node.name().toLowerCase(Locale.ROOT);
      if (name.startsWith(typed)) {
        starts.add(node(node));
      } else if (name.contains(typed)) {
        contains.add(node(node));
      }
    }
    if (word.mayBeFunction()) {
      for (FunctionSpec spec : functions.matching(word.partial())) {
        Completion c =
            new Completion(spec.name(), spec.name() + "(", spec.group().label(), Kind.FUNCTION);
        if (spec.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
          starts.add(c);
        } else {
          contains.add(c);
        }
      }
    }
    List<Completion> result = new ArrayList<>(starts);
    result.addAll(contains);
    return result.size() > MAX ? List.copyOf(result.subList(0, MAX)) : List.copyOf(result);
  }

  private static Completion node(MetricNode node) {
    if (node.branch() && !node.leaf()) {
      return new Completion(node.name(), node.name() + ".", "branch", Kind.BRANCH);
    }
    return new Completion(
        node.name(), node.name(), node.branch() ? "metric, branch" : "metric", Kind.LEAF);
  }
}
