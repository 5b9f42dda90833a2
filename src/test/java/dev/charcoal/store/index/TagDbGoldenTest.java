package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.store.TagIndex;
import dev.charcoal.store.TagIndex.TagValue;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The tag index answers as graphite-web's {@code LocalDatabaseTagDB} over SQLite
 * (src/test/resources/store/index/golden/generate_tagdb.py): series found, tag and value lists,
 * autocompletion, and the same expressions refused. graphite-web's own messages are compared for
 * its own errors; for invalid regexes only the refusal is (Python words them its own way).
 */
class TagDbGoldenTest {
  private static final String GOLDEN = "/store/index/golden/tagdb.jsonl";

  @Test
  void answersAsGraphiteWebsTagDb() {
    List<JsonNode> lines = Golden.jsonLines(GOLDEN);
    MemoryTagIndex index = new MemoryTagIndex();
    lines.get(0).get("series").forEach(s -> index.add(s.asText()));
    List<String> disagreements = new ArrayList<>();
    for (JsonNode line : lines.subList(1, lines.size())) {
      try {
        check(index, line);
      } catch (AssertionError e) {
        disagreements.add(line + ": " + e.getMessage());
      }
    }
    assertThat(lines).hasSizeGreaterThan(4000);
    assertThat(disagreements).isEmpty();
  }

  private static void check(MemoryTagIndex index, JsonNode line) {
    Supplier<Object> call =
        switch (line.get("op").asText()) {
          case "find" -> () -> index.findSeries(strings(line.get("exprs")));
          case "tags" -> () -> index.tags(text(line, "filter"), limit(line, -1));
          case "values" ->
              () ->
                  values(
                      index.values(
                          line.get("tag").asText(), text(line, "filter"), limit(line, -1)));
          case "autoTags" ->
              () ->
                  index.autoCompleteTags(
                      strings(line.get("exprs")),
                      text(line, "prefix"),
                      limit(line, TagIndex.AUTOCOMPLETE_LIMIT));
          case "autoValues" ->
              () ->
                  index.autoCompleteValues(
                      strings(line.get("exprs")),
                      line.get("tag").asText(),
                      text(line, "prefix"),
                      limit(line, TagIndex.AUTOCOMPLETE_LIMIT));
          default -> throw new AssertionError("unknown op " + line);
        };
    if (line.has("error")) {
      String error = line.get("error").asText();
      var thrown = assertThatThrownBy(call::get).isInstanceOf(IllegalArgumentException.class);
      if (error.startsWith("ValueError: ")) {
        thrown.hasMessage(error.substring("ValueError: ".length()));
      }
      return;
    }
    JsonNode result = line.get("result");
    Object expected;
    if (result.isNull()) {
      expected = null;
    } else if (line.get("op").asText().equals("values")) {
      List<List<Object>> pairs = new ArrayList<>();
      result.forEach(p -> pairs.add(List.of(p.get(0).asText(), p.get(1).asInt())));
      expected = pairs;
    } else {
      expected = strings(result);
    }
    assertThat(call.get()).isEqualTo(expected);
  }

  private static List<List<Object>> values(Optional<List<TagValue>> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<List<Object>> pairs = new ArrayList<>();
    values.get().forEach(v -> pairs.add(List.of(v.value(), v.count())));
    return pairs;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }

  private static String text(JsonNode line, String field) {
    JsonNode value = line.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int limit(JsonNode line, int absent) {
    JsonNode value = line.get("limit");
    return value == null || value.isNull() ? absent : value.asInt();
  }
}
