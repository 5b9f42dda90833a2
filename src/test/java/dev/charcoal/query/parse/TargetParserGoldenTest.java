package dev.charcoal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.query.QueryGolden;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every target of query/golden (hand-written corpus, graphite-web's own test targets and seeded
 * fuzz) against what graphite-web 1.1.8's grammar and evaluator made of it.
 */
class TargetParserGoldenTest {

  @TestFactory
  Stream<DynamicTest> parsesTheCorpusAsGraphiteWeb() {
    return cases("targets.jsonl");
  }

  @TestFactory
  Stream<DynamicTest> parsesFuzzedTargetsAsGraphiteWeb() {
    return cases("targets-fuzz.jsonl");
  }

  private static Stream<DynamicTest> cases(String file) {
    return QueryGolden.lines(file).stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    "<" + line.get("target").asText() + ">", () -> check(line)));
  }

  private static void check(JsonNode line) {
    String target = line.get("target").asText();
    if (!line.get("complete").asBoolean()) {
      assertThatThrownBy(() -> TargetParser.parse(target))
          .as("graphite-web does not read all of it")
          .isInstanceOf(TargetParseException.class);
      return;
    }
    Expression tree = TargetParser.parse(target);
    assertThat(GraphiteTrees.tree(tree, target)).isEqualTo(line.get("tree"));
    Expression reprinted = TargetParser.parse(TargetPrinter.print(tree));
    assertThat(Trees.withoutSpans(reprinted)).isEqualTo(Trees.withoutSpans(tree));
    if (target.contains("${")) {
      return; // Charcoal expands ${name}; graphite-web does not (TemplatesTest covers it)
    }
    Map<String, String> request = new LinkedHashMap<>();
    if (line.has("template")) {
      line.get("template")
          .fields()
          .forEachRemaining(e -> request.put(e.getKey(), e.getValue().asText()));
    }
    if (line.has("evalError")) {
      assertThatThrownBy(() -> Templates.expand(tree, request))
          .as(line.get("evalError").asText())
          .isInstanceOf(TemplateException.class);
      return;
    }
    assertThat(GraphiteTrees.evaluated(Templates.expand(tree, request), target))
        .isEqualTo(line.get("eval"));
  }
}
