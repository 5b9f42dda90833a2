package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex.Node;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code find} agrees with graphite-web's {@code StandardFinder} walking the same tree as files
 * (src/test/resources/store/index/golden/generate_finder.py).
 */
class FinderGoldenTest {
  private static final String GOLDEN = "/store/index/golden/finder.jsonl";

  @Test
  void findsWhatGraphiteWebsFinderFinds() {
    List<JsonNode> lines = Golden.jsonLines(GOLDEN);
    TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
    lines.get(0).get("names").forEach(name -> index.add(name.asText()));
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    for (JsonNode line : lines.subList(1, lines.size())) {
      String pattern = line.get("pattern").asText();
      if (hasEmptyNode(pattern)) {
        continue;
      }
      List<Node> expected = new ArrayList<>();
      line.get("nodes")
          .forEach(n -> expected.add(new Node(n.get(0).asText(), n.get(1).asBoolean())));
      List<Node> actual = index.find(GlobPattern.compile(pattern));
      if (!actual.equals(expected)) {
        disagreements.add(pattern + ": expected " + expected + " but found " + actual);
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(600);
    assertThat(disagreements).isEmpty();
  }

  /**
   * Deliberately not followed: graphite-web joins an empty node to the directory path, so {@code
   * a..b} finds {@code a.b} and {@code *.} finds branches named {@code a.}; Charcoal finds nothing.
   */
  private static boolean hasEmptyNode(String pattern) {
    return List.of(pattern.split("\\.", -1)).contains("");
  }
}
