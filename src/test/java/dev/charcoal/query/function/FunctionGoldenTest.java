package dev.charcoal.query.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.model.PythonFloats;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.testing.Golden;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every target of the function corpora ({@code src/test/resources/query/functions/*.txt}) evaluated
 * by Charcoal over the golden dataset gives exactly what graphite-web 1.1.8 gave: names, tags,
 * times, values (int or float, to the last bit), consolidation and options; or an error where
 * graphite-web raised one.
 */
class FunctionGoldenTest {
  private static final List<String> GROUPS =
      List.of("combine", "transform", "calculate", "filter", "alias", "graph", "special");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GoldenDataset DATASET = GoldenDataset.load();
  private static final Evaluator EVALUATOR =
      new Evaluator(DATASET, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);

  @TestFactory
  Stream<DynamicTest> everyTargetMatchesGraphiteWeb() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String group : GROUPS) {
      if (FunctionGoldenTest.class.getResource(GoldenDataset.RESOURCES + group + ".jsonl")
          == null) {
        continue;
      }
      for (JsonNode row : Golden.jsonLines(GoldenDataset.RESOURCES + group + ".jsonl")) {
        String target = row.get("target").asText();
        tests.add(DynamicTest.dynamicTest(group + ": " + target, () -> check(row)));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode row) throws Exception {
    RenderRequest request =
        new RenderRequest(
            List.of(row.get("target").asText()),
            row.get("from").asLong(),
            row.get("until").asLong(),
            DATASET.now,
            row.has("tz") ? ZoneId.of(row.get("tz").asText()) : ZoneOffset.UTC,
            Map.of(),
            0);
    if (row.has("error")) {
      assertThatThrownBy(() -> EVALUATOR.evaluate(request))
          .as("graphite-web raised %s", row.get("error").asText())
          .isInstanceOf(EvalException.class)
          .satisfies(
              e -> {
                // An error case must fail for graphite-web's reason, not because Charcoal lacks
                // one of the functions.
                if (!row.get("error").asText().contains("unknown function")) {
                  assertThat(e.getMessage()).doesNotStartWith("Received request for unknown");
                }
              });
      return;
    }
    List<TimeSeries> actual = EVALUATOR.evaluate(request);
    List<JsonNode> actualJson = new ArrayList<>();
    for (TimeSeries series : actual) {
      // Re-read so numbers get the node types the parser gives the expected side.
      actualJson.add(JSON.readTree(JSON.writeValueAsString(toJson(series))));
    }
    List<JsonNode> expected = new ArrayList<>();
    row.get("series").forEach(expected::add);
    assertThat(actualJson).containsExactlyElementsOf(expected);
  }

  /** The series in the shape generate.py writes. */
  static JsonNode toJson(TimeSeries series) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode node = f.objectNode();
    node.put("consolidationFunc", series.consolidationFunc());
    node.put("end", series.end());
    node.put("name", series.name());
    node.set("options", JSON.valueToTree(plain(series.options())));
    node.put("pathExpression", series.pathExpression());
    node.put("start", series.start());
    node.put("step", series.step());
    var tags = f.arrayNode();
    series.tags().forEach((tag, value) -> tags.addArray().add(tag).add(value));
    node.set("tags", tags);
    var values = f.arrayNode();
    for (int i = 0; i < series.size(); i++) {
      double v = series.values()[i];
      if (Double.isNaN(v)) {
        values.addNull();
      } else if (series.isInteger(i)) {
        values.add(Long.toString((long) v));
      } else {
        values.add(PythonFloats.repr(v));
      }
    }
    node.set("values", values);
    node.put("valuesPerPoint", series.valuesPerPoint());
    node.put("xFilesFactor", PythonFloats.repr(series.xFilesFactor()));
    return node;
  }

  private static Object plain(Object value) {
    if (value instanceof Double d) {
      return Map.of("float", PythonFloats.repr(d));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(FunctionGoldenTest::plain).toList();
    }
    return value;
  }
}
