package dev.charcoal.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.query.eval.SeriesTags;
import dev.charcoal.query.eval.TimeSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export encoders against graphite-web 1.1's own renderViewJson and renderViewCsv, run by
 * {@code src/test/resources/ui/export/generate.py} over the same series.
 */
class GraphiteExportGoldenTest {
  record Case(String name, ZoneId zone, List<TimeSeries> series, String json, String csv) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in =
        GraphiteExportGoldenTest.class.getResourceAsStream("/ui/export/render-export.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        JsonNode c = mapper.readTree(line);
        List<TimeSeries> series = new ArrayList<>();
        for (JsonNode s : c.get("series")) {
          series.add(series(s));
        }
        cases.add(
            new Case(
                c.get("case").asText(),
                ZoneId.of(c.get("zone").asText()),
                series,
                c.get("json").asText(),
                c.get("csv").asText()));
      }
    }
    return cases.stream();
  }

  static TimeSeries series(JsonNode s) {
    JsonNode valuesNode = s.get("values");
    double[] values = new double[valuesNode.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = valuesNode.get(i);
      values[i] =
          v.isNull()
              ? Double.NaN
              : v.isTextual()
                  ? Double.parseDouble(v.asText().replace("inf", "Infinity"))
                  : v.asDouble();
    }
    BitSet ints = new BitSet();
    s.get("ints").forEach(i -> ints.set(i.asInt()));
    String name = s.get("name").asText();
    return new TimeSeries(
        name,
        name,
        SeriesTags.parse(name),
        s.get("start").asLong(),
        s.get("end").asLong(),
        s.get("step").asLong(),
        values,
        ints,
        "average",
        1,
        0,
        Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonIsWhatGraphiteWebWrites(Case c) {
    assertThat(GraphiteJson.encode(c.series())).isEqualTo(c.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void csvIsWhatGraphiteWebWrites(Case c) {
    assertThat(GraphiteCsv.encode(c.series(), c.zone())).isEqualTo(c.csv());
  }
}
