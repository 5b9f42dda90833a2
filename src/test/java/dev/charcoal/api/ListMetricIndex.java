package dev.charcoal.api;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** A brute-force {@link MetricIndex} over a set of names, standing in for the store's index. */
public final class ListMetricIndex implements MetricIndex {
  private final Set<String> metrics = new ConcurrentSkipListSet<>();

  public ListMetricIndex(String... names) {
    metrics.addAll(Arrays.asList(names));
  }

  @Override
  public List<Node> find(GlobPattern pattern) {
    Set<Node> found = new TreeSet<>(Comparator.comparing(Node::path).thenComparing(Node::leaf));
    int depth = pattern.nodes().size();
    for (String metric : metrics) {
      List<String> nodes = Arrays.asList(metric.split("\\.", -1));
      if (nodes.size() >= depth && pattern.matches(nodes.subList(0, depth))) {
        found.add(new Node(String.join(".", nodes.subList(0, depth)), nodes.size() == depth));
      }
    }
    return new ArrayList<>(found);
  }

  @Override
  public List<String> metrics(GlobPattern pattern) {
    return metrics.stream().filter(pattern::matches).toList();
  }

  @Override
  public List<String> allMetrics() {
    return List.copyOf(metrics);
  }

  @Override
  public void add(String metric) {
    metrics.add(metric);
  }

  @Override
  public void remove(String metric) {
    metrics.remove(metric);
  }
}
