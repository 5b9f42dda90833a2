package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tree walk agrees with testing every node of the tree against {@link GlobPattern}. */
class TreeMetricIndexProperties {
  /** Few, overlapping node names, so that patterns match often and "a" / "a-b" orders meet. */
  private static final String[] NODES = {"a", "b", "ab", "a-b", "ba", "c", "d", "e", "f", "g"};

  private static final String[] PATTERN_NODES = {
    "a",
    "b",
    "ab",
    "a-b",
    "*",
    "?",
    "a*",
    "*b",
    "[ab]",
    "[!a]*",
    "{a,b}",
    "{a*,c}",
    "**",
    "{**,c}",
    "?b",
    "x",
    "{a-b,a}",
    "{ab,a,a-b}"
  };

  @Provide
  Arbitrary<List<String>> trees() {
    Arbitrary<String> name =
        Arbitraries.of(NODES).list().ofMinSize(1).ofMaxSize(4).map(n -> String.join(".", n));
    return name.list().ofMinSize(0).ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(PATTERN_NODES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(n -> String.join(".", n));
  }

  @Property(tries = 500)
  void findEqualsEveryNodeFilteredByTheGlob(
      @ForAll("trees") List<String> names, @ForAll("patterns") String pattern) {
    TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
    names.forEach(index::add);
    GlobPattern glob = GlobPattern.compile(pattern);

    List<Node> expected = bruteForce(names, glob);
    assertThat(index.find(glob)).isEqualTo(expected);
    assertThat(index.metrics(glob))
        .isEqualTo(expected.stream().filter(Node::leaf).map(Node::path).toList());
  }

  /** An add ({@code +a.b}) or a remove ({@code -a.b}). */
  @Provide
  Arbitrary<List<String>> changes() {
    Arbitrary<String> name =
        Arbitraries.of(NODES).list().ofMinSize(1).ofMaxSize(4).map(n -> String.join(".", n));
    return Arbitraries.of("+", "+", "-").flatMap(op -> name.map(n -> op + n)).list().ofMaxSize(60);
  }

  @Property(tries = 500)
  void countsEqualABruteForceCountAfterAddsAndRemoves(@ForAll("changes") List<String> changes) {
    TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
    Set<String> present = new HashSet<>();
    Set<String> paths = new HashSet<>(List.of(""));
    for (String change : changes) {
      String name = change.substring(1);
      if (change.charAt(0) == '+') {
        index.add(name);
        present.add(name);
      } else {
        index.remove(name);
        present.remove(name);
      }
      String[] parts = name.split("\\.");
      for (int depth = 1; depth <= parts.length; depth++) {
        paths.add(String.join(".", List.of(parts).subList(0, depth)));
      }
    }

    for (String path : paths) {
      List<String> below =
          present.stream()
              .filter(m -> path.isEmpty() || m.equals(path) || m.startsWith(path + "."))
              .sorted()
              .toList();
      assertThat(index.count(path)).as("count(%s)", path).isEqualTo(below.size());
      assertThat(index.metricsAtOrBelow(path)).as("below %s", path).isEqualTo(below);
    }
    assertThat(index.size()).isEqualTo(present.size());
    // branches with nothing below them are pruned
    assertThat(index.find(GlobPattern.compile("**")))
        .isEqualTo(bruteForce(List.copyOf(present), GlobPattern.compile("**")));
  }

  private static List<Node> bruteForce(List<String> names, GlobPattern glob) {
    Set<Node> nodes = new HashSet<>();
    for (String name : names) {
      String[] parts = name.split("\\.");
      for (int depth = 1; depth <= parts.length; depth++) {
        String path = String.join(".", List.of(parts).subList(0, depth));
        if (glob.matches(path)) {
          nodes.add(new Node(path, depth == parts.length));
        }
      }
    }
    List<Node> sorted = new ArrayList<>(nodes);
    sorted.sort(TreeWalk.NODE_ORDER);
    return sorted;
  }
}
