package dev.charcoal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MetricNameTest {

  /** Names parsed by carbon's own TaggedSeries (golden/make_golden.py). */
  @TestFactory
  Stream<DynamicTest> normalizesAsCarbonsTaggedSeries() {
    return Golden.lines("tagged-names.jsonl").stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    "<" + line.get("name").asText() + ">", () -> checkAgainstCarbon(line)));
  }

  private static void checkAgainstCarbon(JsonNode line) {
    String raw = line.get("name").asText();
    if (line.has("error")) {
      assertThatThrownBy(() -> MetricName.parse(raw))
          .as("carbon: %s", line.get("error").asText())
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    MetricName name = MetricName.parse(raw);
    String carbonNormalized = line.get("normalized").asText();
    if (!carbonNormalized.contains(";")) {
      // Untagged: carbon's cache would strip a leading '~'; we keep the name exactly.
      assertThat(name.isTagged()).isFalse();
      assertThat(name.normalized()).isEqualTo(raw);
      assertThat(name.tags()).isEmpty();
      return;
    }
    assertThat(name.isTagged()).isTrue();
    assertThat(name.normalized()).isEqualTo(carbonNormalized);
    Map<String, String> carbonTags = new TreeMap<>();
    line.get("tags")
        .fields()
        .forEachRemaining(e -> carbonTags.put(e.getKey(), e.getValue().asText()));
    assertThat(name.tags()).containsExactlyInAnyOrderEntriesOf(carbonTags);
    assertThat(name.name()).isEqualTo(carbonTags.get("name"));
  }

  @Test
  void parsesCarbonSyntax() {
    MetricName n = MetricName.parse("cpu.load;host=web01;dc=ams");
    assertThat(n.isTagged()).isTrue();
    assertThat(n.name()).isEqualTo("cpu.load");
    assertThat(n.tags())
        .containsExactly(
            Map.entry("dc", "ams"), Map.entry("host", "web01"), Map.entry("name", "cpu.load"));
    assertThat(n.normalized()).isEqualTo("cpu.load;dc=ams;host=web01");
  }

  @Test
  void parsesOpenMetricsSyntaxWithEscapes() {
    MetricName n = MetricName.parse("http_requests{code=\"200\",path=\"/a \\\"b\\\"\"}");
    assertThat(n.normalized()).isEqualTo("http_requests;code=200;path=/a \"b\"");
  }

  @Test
  void sortsPairsAsStringsLikeCarbon() {
    // ";a-b=" < ";a=" because '-' < '=': carbon sorts the joined strings, not the tag names.
    assertThat(MetricName.parse("m;a=1;a-b=2").normalized()).isEqualTo("m;a-b=2;a=1");
  }

  @Test
  void sortsByCodePointAsPython() {
    // U+FFFF sorts before U+1F600 in Python; Java's UTF-16 compareTo would put it after.
    assertThat(MetricName.parse("m;\uD83D\uDE00=1;\uFFFF=2").normalized())
        .isEqualTo("m;\uFFFF=2;\uD83D\uDE00=1");
  }

  @Test
  void stripsTildesFromTaggedNameAndKeepsLastRepeatedTag() {
    MetricName n = MetricName.parse("~~cpu;a=1;a=2;name=ignored");
    assertThat(n.name()).isEqualTo("cpu");
    assertThat(n.normalized()).isEqualTo("cpu;a=2");
  }

  @Test
  void passesUntaggedNamesThroughUnchanged() {
    for (String raw : List.of("a.b.c", "~a.b", "a{b}", "a..b", " x ", "a=b", "a{b=\"c\"")) {
      MetricName n = MetricName.parse(raw);
      assertThat(n.isTagged()).as(raw).isFalse();
      assertThat(n.normalized()).isEqualTo(raw);
      assertThat(n.name()).isEqualTo(raw);
      assertThat(n.toString()).isEqualTo(raw);
    }
  }

  @Test
  void rejectsInvalidTagsWithCarbonsMessages() {
    assertThatThrownBy(() -> MetricName.parse("a;b"))
        .hasMessage("Cannot parse path a;b, invalid segment b");
    assertThatThrownBy(() -> MetricName.parse("a;b=~c"))
        .hasMessage("Tag values are not allowed to start with \"~\" in tag \"b\"");
    assertThatThrownBy(() -> MetricName.parse("a;b!=c"))
        .hasMessage("Character \"!\" is not allowed in tag \"b!\"");
    assertThatThrownBy(() -> MetricName.parse("a;b="))
        .hasMessage("Value for tag \"b\" may not be empty");
    assertThatThrownBy(() -> MetricName.parse(";a=b"))
        .hasMessage("Cannot parse path ;a=b, no metric found");
    assertThatThrownBy(() -> MetricName.parse("a{b=\"c\"}{d=\"e\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricName.parse("")).hasMessage("metric name is empty");
  }

  @Test
  void rejectsOpenMetricsNameThatWouldNotRoundTrip() {
    // carbon accepts this and produces "a;b=c;d=e", which reads back with different tags.
    assertThatThrownBy(() -> MetricName.parse("a;b=c{d=\"e\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorKeepsTheRecordConsistent() {
    assertThatThrownBy(() -> new MetricName("a;b=c", new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricName("a", new TreeMap<>(Map.of("b", "c"))))
        .isInstanceOf(IllegalArgumentException.class);
    MetricName n = new MetricName("a", new TreeMap<>(Map.of("name", "a", "b", "c")));
    assertThat(n).isEqualTo(MetricName.parse("a;b=c"));
    assertThatThrownBy(() -> n.tags().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Property
  void normalizedFormReadsBackAsTheSameName(@ForAll("taggedNames") String raw) {
    MetricName n = MetricName.parse(raw);
    assertThat(MetricName.parse(n.normalized())).isEqualTo(n);
    assertThat(MetricName.parse(n.normalized()).normalized()).isEqualTo(n.normalized());
  }

  @Property
  void tagOrderDoesNotMatter(
      @ForAll("metric") String metric, @ForAll("tagMaps") Map<String, String> tags) {
    List<String> pairs = new ArrayList<>();
    tags.forEach((k, v) -> pairs.add(k + "=" + v));
    String forward = metric + ";" + String.join(";", pairs);
    Collections.reverse(pairs);
    String backward = metric + ";" + String.join(";", pairs);
    assertThat(MetricName.parse(forward).normalized())
        .isEqualTo(MetricName.parse(backward).normalized());
  }

  @Property
  void untaggedNamesAreKeptExactly(@ForAll("untagged") String raw) {
    assertThat(MetricName.parse(raw).normalized()).isEqualTo(raw);
  }

  @Provide
  Arbitrary<String> untagged() {
    return Arbitraries.strings()
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> s.indexOf(';') < 0 && !s.endsWith("\"}"));
  }

  @Provide
  Arbitrary<String> metric() {
    return Arbitraries.strings()
        .withChars("abc.~_-{}\" é")
        .withCharRange('0', '9')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.chars().allMatch(c -> c == '~'))
        .filter(s -> s.indexOf('{') < 0 || !s.endsWith("\"}"));
  }

  @Provide
  Arbitrary<Map<String, String>> tagMaps() {
    Arbitrary<String> tag =
        Arbitraries.strings().withChars("abz-_.~ é/").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> value =
        Arbitraries.strings()
            .withChars("abz-_.~=!^ é/")
            .ofMinLength(1)
            .ofMaxLength(6)
            .filter(v -> v.charAt(0) != '~');
    return Arbitraries.maps(tag, value).ofMinSize(1).ofMaxSize(5).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<String> taggedNames() {
    return Combinators.combine(metric(), tagMaps())
        .as(
            (m, tags) -> {
              StringBuilder sb = new StringBuilder(m);
              tags.forEach((k, v) -> sb.append(';').append(k).append('=').append(v));
              return sb.toString();
            })
        .filter(s -> !(s.endsWith("\"}") && s.indexOf('{') >= 0));
  }
}
