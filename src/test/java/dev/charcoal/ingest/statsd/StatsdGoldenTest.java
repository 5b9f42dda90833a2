package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.model.MetricName;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays {@code statsd/golden/corpus.json} and compares every flush with what etsy statsd 0.9.0
 * flushed for the same packets ({@code expected.jsonl}, made by {@code make_golden.py}): the same
 * names (etsy's tagged names normalised as carbon stores them) and the same values as numbers.
 * Values that measure time ({@code processing_time}, {@code graphiteStats.*}, {@code
 * timestamp_lag}) are compared by name only. A {@code dev_*} case's {@code charcoal} block states
 * Charcoal's deliberate difference (docs/COMPATIBILITY.md) and is applied to etsy's lines first.
 */
class StatsdGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/statsd/golden/";
  private static final double RELATIVE_TOLERANCE = 1e-12;

  static Stream<Arguments> cases() throws IOException {
    JsonNode corpus = JSON.readTree(resource("corpus.json"));
    Map<String, List<List<String>>> expected = expected();
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : corpus.get("cases")) {
      String name = c.get("name").textValue();
      out.add(Arguments.of(name, c, expected.get(name)));
    }
    return out.stream();
  }

  @Test
  void everyCaseHasEtsysFlushes() throws IOException {
    JsonNode corpus = JSON.readTree(resource("corpus.json"));
    Map<String, List<List<String>>> expected = expected();
    for (JsonNode c : corpus.get("cases")) {
      String name = c.get("name").textValue();
      assertThat(expected.get(name)).as(name).hasSize(c.get("flushes").size());
    }
    assertThat(expected).hasSize(corpus.get("cases").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flushesWhatEtsyStatsdFlushes(String name, JsonNode c, List<List<String>> etsyFlushes)
      throws Exception {
    assertThat(etsyFlushes).as("expected.jsonl has no case " + name).isNotNull();
    ObjectNode settings = JSON.createObjectNode().put("flushInterval", 1000);
    if (c.has("config")) {
      settings.setAll((ObjectNode) c.get("config"));
    }
    List<String> warnings = new ArrayList<>();
    StatsdConfig config = StatsdConfigFile.parse(name, settings.toString(), warnings::add);
    assertThat(warnings).isEmpty();
    StatsdHarness statsd = new StatsdHarness(config);
    statsd.flush(); // etsy's idle first flush, which the recording skips too
    boolean tcp = c.path("transport").asText("udp").equals("tcp");
    JsonNode flushes = c.get("flushes");
    for (int f = 0; f < flushes.size(); f++) {
      for (JsonNode packet : flushes.get(f)) {
        send(statsd.aggregator, bytes(packet), tcp);
      }
      StatsdHarness.Flush actual = statsd.flush();
      assertThat(actual.timestamps()).containsExactly(statsd.flushTimestamp());
      Map<String, Double> expected = etsyValues(etsyFlushes.get(f));
      if (f == 0 && c.has("charcoal")) {
        applyDeviation(expected, c.get("charcoal"));
      }
      compare(name + " flush " + (f + 1), normalised(expected), actual.values());
    }
  }

  private static void send(StatsdAggregator aggregator, byte[] packet, boolean tcp) {
    if (tcp) {
      // etsy's fake client: one connection per packet, closed after the write.
      EmbeddedChannel channel = new EmbeddedChannel(new StatsdStreamDecoder(aggregator));
      channel.writeInbound(Unpooled.wrappedBuffer(packet));
      channel.finish();
    } else {
      aggregator.ingest(packet, 0, packet.length);
    }
  }

  private static byte[] bytes(JsonNode packet) {
    return packet.isTextual()
        ? packet.textValue().getBytes(StandardCharsets.UTF_8)
        : HexFormat.of().parseHex(packet.get("hex").textValue());
  }

  /** {@code path value timestamp} lines as path → value; etsy writes NaN and Infinity as such. */
  private static Map<String, Double> etsyValues(List<String> lines) {
    Map<String, Double> values = new TreeMap<>();
    for (String line : lines) {
      int last = line.lastIndexOf(' ');
      int middle = line.lastIndexOf(' ', last - 1);
      values.put(line.substring(0, middle), Double.valueOf(line.substring(middle + 1, last)));
    }
    return values;
  }

  private static void applyDeviation(Map<String, Double> expected, JsonNode deviation) {
    for (JsonNode name : deviation.path("remove")) {
      assertThat(expected.remove(name.textValue()))
          .as("etsy line to remove: " + name.textValue())
          .isNotNull();
    }
    for (JsonNode prefix : deviation.path("removePrefix")) {
      boolean removed = expected.keySet().removeIf(n -> n.startsWith(prefix.textValue()));
      assertThat(removed).as("etsy lines to remove: " + prefix.textValue() + "*").isTrue();
    }
    deviation
        .path("set")
        .properties()
        .forEach(e -> expected.put(e.getKey(), e.getValue().doubleValue()));
  }

  /** Carbon stores {@code a;y=1;x=2} as {@code a;x=2;y=1}, and so does Charcoal's flush. */
  private static Map<String, Double> normalised(Map<String, Double> values) {
    Map<String, Double> out = new TreeMap<>();
    values.forEach(
        (name, value) ->
            out.put(name.indexOf(';') < 0 ? name : MetricName.parse(name).normalized(), value));
    return out;
  }

  private static void compare(String what, Map<String, Double> expected, Map<String, Double> got) {
    if (!expected.keySet().equals(got.keySet())) {
      TreeSet<String> missing = new TreeSet<>(expected.keySet());
      missing.removeAll(got.keySet());
      TreeSet<String> extra = new TreeSet<>(got.keySet());
      extra.removeAll(expected.keySet());
      fail(what + ": names differ; missing " + missing + ", extra " + extra);
    }
    List<String> wrong = new ArrayList<>();
    expected.forEach(
        (name, want) -> {
          double have = got.get(name);
          if (!measuresTime(name) && !sameNumber(want, have)) {
            wrong.add(name + " = " + have + ", etsy " + want);
          }
        });
    assertThat(wrong).as(what + ": values").isEmpty();
  }

  private static boolean measuresTime(String name) {
    return name.contains("processing_time")
        || name.contains("graphiteStats.")
        || name.contains("timestamp_lag");
  }

  private static boolean sameNumber(double want, double have) {
    if (Double.isNaN(want) || Double.isInfinite(want)) {
      return Double.compare(want, have) == 0;
    }
    return Math.abs(want - have) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(want));
  }

  private static Map<String, List<List<String>>> expected() throws IOException {
    Map<String, List<List<String>>> out = new TreeMap<>();
    String text = new String(resource("expected.jsonl"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record = JSON.readTree(line);
      List<String> lines = new ArrayList<>();
      record.get("lines").forEach(l -> lines.add(l.textValue()));
      out.computeIfAbsent(record.get("case").textValue(), k -> new ArrayList<>()).add(lines);
    }
    return out;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StatsdGoldenTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("no test resource " + DIR + name);
      }
      return in.readAllBytes();
    }
  }
}
