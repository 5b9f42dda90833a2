package dev.charcoal.api.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.api.ApiGolden;
import dev.charcoal.api.json.PyFloat;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.ParamSpec;
import dev.charcoal.query.eval.ParamType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * /functions entries against graphite-web 1.1.8's metadata (functions.jsonl): given graphite-web's
 * parameters, Charcoal prints the same {@code params} and {@code group}, and the signature line it
 * derives matches graphite-web's wherever the Python defaults are the declared ones.
 */
class FunctionsGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsGraphiteWebsParamsAndSignatures() throws Exception {
    List<JsonNode> functions = ApiGolden.lines("functions.jsonl");
    assertThat(functions).hasSizeGreaterThan(100);
    List<String> signatureDiffers = new ArrayList<>();
    for (JsonNode golden : functions) {
      FunctionSpec spec = spec(golden);
      var info = FunctionsEndpoint.info(spec);
      String name = golden.get("name").textValue();
      assertThat(PyJson.dumps().write(info.get("params")))
          .as(name)
          .isEqualTo(golden.get("params").textValue());
      assertThat(info.get("group")).as(name).isEqualTo(golden.get("group").textValue());
      assertThat(info.get("module")).as(name).isEqualTo(golden.get("module").textValue());
      if (!info.get("function").equals(golden.get("function").textValue())) {
        signatureDiffers.add(info.get("function") + " / " + golden.get("function").textValue());
      }
    }
    // Python signatures that disagree with graphite-web's own Param metadata (a renamed varargs,
    // a default only in the signature, a keyword spelled otherwise): Charcoal prints the metadata.
    assertThat(signatureDiffers)
        .extracting(line -> line.substring(0, line.indexOf('(')))
        .as(String.join("\n", signatureDiffers))
        .containsExactly(
            "aggregateWithWildcards",
            "highest",
            "legendValue",
            "lowest",
            "powSeries",
            "round",
            "stacked",
            "timeShift");
  }

  private static FunctionSpec spec(JsonNode golden) throws Exception {
    List<ParamSpec> params = new ArrayList<>();
    for (JsonNode p : JSON.readTree(golden.get("params").textValue())) {
      params.add(
          new ParamSpec(
              p.get("name").textValue(),
              type(p.get("type").textValue()),
              p.path("required").asBoolean(false),
              p.path("multiple").asBoolean(false),
              p.has("default") ? Optional.of(jsonText(p.get("default"))) : Optional.empty(),
              texts(p.get("options")),
              texts(p.get("suggestions")),
              p.get("name").textValue()));
    }
    FunctionGroup group =
        Arrays.stream(FunctionGroup.values())
            .filter(g -> g.label().equals(golden.get("group").textValue()))
            .findFirst()
            .orElseThrow();
    String name = golden.get("name").textValue();
    return new FunctionSpec(name, name, group, false, "doc", params);
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      list.forEach(item -> out.add(jsonText(item)));
    }
    return out;
  }

  /** A literal as the registry keeps it: Python's JSON text, infinity as 1e9999. */
  private static String jsonText(JsonNode node) {
    return node.isNumber() && Double.isInfinite(node.doubleValue())
        ? (node.doubleValue() > 0 ? "1e9999" : "-1e9999")
        : node.isFloatingPointNumber() ? PyFloat.repr(node.doubleValue()) : node.toString();
  }

  private static ParamType type(String label) {
    return Arrays.stream(ParamType.values())
        .filter(t -> t.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("unknown type " + label));
  }
}
