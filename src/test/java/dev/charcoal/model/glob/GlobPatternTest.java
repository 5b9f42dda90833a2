package dev.charcoal.model.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.query.QueryGolden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GlobPatternTest {

  /** Node patterns against graphite-web's expand_braces and match_entries (fnmatch). */
  @TestFactory
  Stream<DynamicTest> matchesNodesAsGraphiteWebFinders() {
    return QueryGolden.lines("globs.jsonl").stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    "<" + line.get("pattern").asText() + ">", () -> checkNode(line)));
  }

  private static void checkNode(JsonNode line) {
    NodePattern pattern = NodePattern.compile(line.get("pattern").asText());
    assertThat(pattern.variants()).containsExactlyInAnyOrderElementsOf(texts(line.get("expanded")));
    List<String> matched = new ArrayList<>();
    for (String name : texts(line.get("names"))) {
      if (pattern.matches(name)) {
        matched.add(name);
      }
    }
    assertThat(matched).isEqualTo(texts(line.get("matches")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void wildcardsNeverCrossADot() {
    GlobPattern glob = GlobPattern.compile("servers.*.cpu");
    assertThat(glob.matches("servers.web1.cpu")).isTrue();
    assertThat(glob.matches("servers.web1.eu.cpu")).isFalse();
    assertThat(glob.matches("servers.cpu")).isFalse();
  }

  @Test
  void expandsBracesPerNode() {
    GlobPattern glob = GlobPattern.compile("a.{b,c}x.d");
    assertThat(glob.matches("a.bx.d")).isTrue();
    assertThat(glob.matches("a.cx.d")).isTrue();
    assertThat(glob.matches("a.dx.d")).isFalse();
    assertThat(glob.nodes().get(1).variants()).containsExactly("bx", "cx");
  }

  @Test
  void globstarInTheMiddleMatchesZeroOrMoreNodes() {
    GlobPattern glob = GlobPattern.compile("a.**.z");
    assertThat(glob.matches("a.z")).isTrue();
    assertThat(glob.matches("a.b.z")).isTrue();
    assertThat(glob.matches("a.b.c.z")).isTrue();
    assertThat(glob.matches("a.b.c")).isFalse();
    assertThat(glob.matches("b.z")).isFalse();
  }

  @Test
  void globstarAtTheEndMatchesOneOrMoreNodes() {
    GlobPattern glob = GlobPattern.compile("a.**");
    assertThat(glob.matches("a")).isFalse();
    assertThat(glob.matches("a.b")).isTrue();
    assertThat(glob.matches("a.b.c.d")).isTrue();
  }

  @Test
  void dropsBackslashesAsTheFinderDoes() {
    assertThat(GlobPattern.compile("a\\*b.c").matches("axxb.c")).isTrue();
  }

  @Test
  void literalNodesCanBeLookedUpDirectly() {
    GlobPattern glob = GlobPattern.compile("a.{b,c}.d*");
    assertThat(glob.nodes().get(0).isLiteral()).isTrue();
    assertThat(glob.nodes().get(1).isLiteral()).isTrue();
    assertThat(glob.nodes().get(2).isLiteral()).isFalse();
    assertThat(GlobPattern.isPattern("a.b.c")).isFalse();
    assertThat(GlobPattern.isPattern("a.{b}.c")).isTrue();
  }

  @Test
  void refusesBraceExplosions() {
    String pattern = "{a,b}".repeat(13);
    assertThatThrownBy(() -> NodePattern.compile(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than " + NodePattern.MAX_VARIANTS);
  }

  @Test
  void manyStarsMatchWithoutBacktrackingBlowUp() {
    NodePattern pattern = NodePattern.compile("*a*a*a*a*a*a*a*a*a*a*b");
    assertThat(pattern.matches("a".repeat(5000))).isFalse();
    assertThat(pattern.matches("a".repeat(5000) + "b")).isTrue();
  }
}
