package dev.charcoal.query.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.ParamSpec;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered function (aliases included) carries graphite-web 1.1.8's metadata: its group and
 * its parameters with types, required, multiple, defaults, options and suggestions, as {@code
 * /functions} prints them (metadata.json, made by generate.py). Descriptions are Charcoal's own.
 */
class FunctionMetadataTest {
  // graphite-web's INF default (keepLastValue's limit) must survive the round trip in params().
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  @TestFactory
  Stream<DynamicTest> everyFunctionHasGraphiteWebsMetadata() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream(GoldenDataset.RESOURCES + "metadata.json")) {
      metadata = JSON.readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (FunctionRegistry.Entry entry : StandardFunctions.registry().entries().values()) {
      FunctionSpec spec = entry.spec();
      tests.add(
          DynamicTest.dynamicTest(
              spec.name(),
              () -> {
                JsonNode expected = metadata.get(spec.name());
                assertThat(expected).as("graphite-web has a function %s", spec.name()).isNotNull();
                assertThat(spec.group().label()).isEqualTo(expected.get("group").asText());
                assertThat(params(spec)).isEqualTo(expected.get("params"));
                assertThat(spec.description()).isNotBlank();
              }));
    }
    return tests.stream();
  }

  private static JsonNode params(FunctionSpec spec) throws Exception {
    ArrayNode params = JSON.createArrayNode();
    for (ParamSpec param : spec.params()) {
      ObjectNode node = params.addObject();
      node.put("name", param.name());
      node.put("type", param.type().label());
      if (param.required()) {
        node.put("required", true);
      }
      if (param.defaultJson().isPresent()) {
        node.set("default", JSON.readTree(param.defaultJson().get()));
      }
      if (param.multiple()) {
        node.put("multiple", true);
      }
      if (!param.optionsJson().isEmpty()) {
        ArrayNode options = node.putArray("options");
        for (String option : param.optionsJson()) {
          options.add(JSON.readTree(option));
        }
      }
      if (!param.suggestionsJson().isEmpty()) {
        ArrayNode suggestions = node.putArray("suggestions");
        for (String suggestion : param.suggestionsJson()) {
          suggestions.add(JSON.readTree(suggestion));
        }
      }
    }
    // Re-read so numbers get the node types the parser gives the expected side.
    return JSON.readTree(JSON.writeValueAsString(params));
  }
}
