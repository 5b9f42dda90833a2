package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsdParserTest {
  /** What the parser reported, one string per metric or bad line. */
  private static final class Recorder implements StatsdParser.Target {
    final List<String> events = new ArrayList<>();
    int lines;

    @Override
    public void metric(ParsedMetric m) {
      String key = text(m.keyBytes, m.keyFrom, m.keyTo);
      String tags = m.hasTags() ? "#" + text(m.tagBytes, m.tagFrom, m.tagTo) : "";
      String value =
          m.type == MetricType.SET
              ? "'" + text(m.valueBytes, m.valueFrom, m.valueTo) + "'"
              : JsNumbers.format(m.value);
      String rate = m.inverseRate == 1 ? "" : " x" + JsNumbers.format(m.inverseRate);
      String sign = m.type == MetricType.GAUGE && m.signed ? " delta" : "";
      events.add(m.type + " " + key + tags + " " + value + rate + sign);
    }

    @Override
    public void badLine(BadLine reason, byte[] line, int from, int to) {
      events.add(reason.reason() + " in '" + text(line, from, to) + "'");
    }

    private static String text(byte[] b, int from, int to) {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
  }

  private static Recorder parse(String packet) {
    return parse(packet.getBytes(StandardCharsets.UTF_8));
  }

  private static Recorder parse(byte[] packet) {
    Recorder r = new Recorder();
    r.lines = new StatsdParser().parse(packet, 0, packet.length, r);
    return r;
  }

  @Test
  void readsSeveralMetricsPerPacketAndSeveralValuesPerName() {
    Recorder r = parse("a:1|c:2|c\nt:320|ms|@0.5\n\ng:-3|g\ns:x|s\nmix:1|c:5|ms");
    assertThat(r.events)
        .containsExactly(
            "COUNTER a 1",
            "COUNTER a 2",
            "TIMER t 320 x2",
            "GAUGE g -3 delta",
            "SET s 'x'",
            "COUNTER mix 1",
            "TIMER mix 5");
    assertThat(r.lines).isEqualTo(5);
  }

  @Test
  void countsEachBadValueOnceAndKeepsTheGoodOnesOfTheLine() {
    Recorder r = parse("p:1:2:3|c\na.b:c:1|c");
    assertThat(r.events)
        .containsExactly(
            "missing-type in 'p:1:2:3|c'",
            "missing-type in 'p:1:2:3|c'",
            "COUNTER p 3",
            "missing-type in 'a.b:c:1|c'",
            "COUNTER a.b 1");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '"',
      value = {
        "foo → missing-type in 'foo'",
        "foo:1 → missing-type in 'foo:1'",
        "n:NaN|c → bad-value in 'n:NaN|c'",
        "x:0,5|c → bad-value in 'x:0,5|c'",
        "e:|c → bad-value in 'e:|c'",
        "g:abc|g → bad-value in 'g:abc|g'",
        "neg:-1|ms → negative-timer in 'neg:-1|ms'",
        "x:1|c| → bad-sample-rate in 'x:1|c|'",
        "x:1|c|@ → bad-sample-rate in 'x:1|c|@'",
        "x:1|c|@blah → bad-sample-rate in 'x:1|c|@blah'",
        "x:1|c|@-1 → bad-sample-rate in 'x:1|c|@-1'",
        "x:1|c|@0 → bad-sample-rate in 'x:1|c|@0'",
        "x:1|c|@1.5 → bad-sample-rate in 'x:1|c|@1.5'",
        "x:1|c|@NaN → bad-sample-rate in 'x:1|c|@NaN'",
        "x:1|c|@Infinity → bad-sample-rate in 'x:1|c|@Infinity'",
        "x:Infinity|c → non-finite-value in 'x:Infinity|c'",
        "x:1e999|ms → non-finite-value in 'x:1e999|ms'",
        "x:1e308|c|@1e-10 → non-finite-value in 'x:1e308|c|@1e-10'",
      })
  void refusesWithAReason(String line, String expected) {
    assertThat(parse(line).events).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '"',
      value = {
        "x:1|c|@0.5 → COUNTER x 1 x2",
        "x:1|c|@2e-1 → COUNTER x 1 x5",
        "x:1|c|@+0.5 → COUNTER x 1 x2",
        "x:1|c|@ 0.5 → COUNTER x 1 x2",
        "x:1|c|@1|extra → COUNTER x 1",
        "x:1|g|@0.5 → GAUGE x 1 x2",
        "x:0x10|c → COUNTER x 16",
        "x: 5|c → COUNTER x 5",
        "x:1| c → COUNTER x 1",
        "x:5| ms → TIMER x 5",
        "x:-0|ms → TIMER x 0",
        "x:1|z → COUNTER x 1",
        "x:1| → COUNTER x 1",
        "x:5|h → TIMER x 5",
        "x:+4|g → GAUGE x 4 delta",
        "x:|s → SET x ''",
        "x:a b|s → SET x 'a b'",
      })
  void readsValuesTypesAndRates(String line, String expected) {
    assertThat(parse(line).events).containsExactly(expected);
  }

  @Test
  void splitsDogStatsdTagsOffBeforeTheValues() {
    assertThat(parse("tg:1|c|#env:prod,host:a").events)
        .containsExactly("COUNTER tg#env:prod,host:a 1");
    assertThat(parse("x:1|c|#").events).containsExactly("COUNTER x 1");
    assertThat(parse("m:1|c:2|ms|#k:v").events).containsExactly("COUNTER m#k:v 1", "TIMER m#k:v 2");
  }

  @Test
  void appliesARateWrittenAfterTheTags() {
    assertThat(parse("k:1|c|#a:b|@0.5").events).containsExactly("COUNTER k#a:b 1 x2");
    assertThat(parse("k:1|c|#a:b|#c:d|@0.5").events).containsExactly("COUNTER k#a:b 1 x2");
  }

  @Test
  void ignoresTagsAfterASecondTagMarkAsEtsyDoes() {
    assertThat(parse("second:1|c|#a:b|#c:d").events).containsExactly("COUNTER second#a:b 1");
  }

  @Test
  void removesTheCarriageReturnOfCrlfLines() {
    assertThat(parse("t:-1|ms\r\ns:abc|s\r\nc:2|c\r\n").events)
        .containsExactly("negative-timer in 't:-1|ms\r'", "SET s 'abc'", "COUNTER c 2");
  }

  @Test
  void countsNonEmptyLinesAsEtsysMetricsReceived() {
    assertThat(parse("a:1|c:2|c\n\n\nbad\n").lines).isEqualTo(2);
    assertThat(parse("").lines).isZero();
    assertThat(parse("\r").lines).isEqualTo(1);
  }

  @Test
  void keepsInvalidUtf8ForTheKeyResolverToSanitise() {
    byte[] packet = {'a', (byte) 0xff, 'b', ':', '1', '|', 'c'};
    assertThat(parse(packet).events).containsExactly("COUNTER a\ufffdb 1");
  }

  @Test
  void survivesHostilePackets() {
    String[] hostile = {
      "|#|#|#",
      "::::",
      "||||",
      "|#",
      ":|",
      ":|#",
      "@@@",
      "a:1|c|#" + ",".repeat(1000),
      "k" + ":".repeat(10_000),
      "x".repeat(60_000) + ":1|c",
      "\0\0\0:1|c",
      "a:1|c|@" + "9".repeat(400),
      "a:" + "9".repeat(400) + "|c",
      "a:1|c|#a:b|",
      "a:1|c|#|@0.5",
      "|#a:b:1|c"
    };
    for (String packet : hostile) {
      Recorder r = parse(packet);
      assertThat(r.events).as(packet.substring(0, Math.min(40, packet.length()))).isNotNull();
    }
    assertThat(parse("a:1|c|#|@0.5").events).containsExactly("COUNTER a 1 x2");
    assertThat(parse("|#a:b:1|c").events).containsExactly("missing-type in '|#a:b:1|c'");
  }

  @Property
  void findsSeparatorsAtEveryPositionOfAWord(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 40) int length) {
    String key = "k".repeat(length);
    Recorder r = parse(key + ":1|c\n" + key + "|#t:v:2|c\n" + key + "\n" + key + ":3|g");
    assertThat(r.events)
        .containsExactly(
            "COUNTER " + key + " 1",
            "missing-type in '" + key + "|#t:v:2|c'",
            "missing-type in '" + key + "'",
            "GAUGE " + key + " 3");
  }

  @Property
  void neverThrowsAndCountsEveryNonEmptyLine(@ForAll("packets") byte[] packet) {
    Recorder r = parse(packet);
    int nonEmpty = 0;
    for (String line : new String(packet, StandardCharsets.ISO_8859_1).split("\n")) {
      nonEmpty += line.isEmpty() ? 0 : 1;
    }
    assertThat(r.lines).isEqualTo(nonEmpty);
  }

  @Property
  void keepsAValidLineAmongGarbage(@ForAll("packets") byte[] garbage, @ForAll boolean before) {
    String valid = "valid.key:42|c";
    String text = new String(garbage, StandardCharsets.ISO_8859_1);
    String packet = before ? valid + "\n" + text : text + "\n" + valid;
    assertThat(parse(packet.getBytes(StandardCharsets.ISO_8859_1)).events)
        .contains("COUNTER valid.key 42");
  }

  @Provide
  Arbitrary<byte[]> packets() {
    Arbitrary<Byte> statsdish =
        Arbitraries.of(
                ':', '|', '#', '@', '\n', '\r', ',', ';', '=', '.', '-', '+', ' ', 'a', 'c', 'g',
                's', 'm', 'h', '0', '1', '5', 'e', 'x')
            .map(c -> (byte) (char) c);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, statsdish), net.jqwik.api.Tuple.of(1, any))
        .array(byte[].class)
        .ofMaxSize(200);
  }
}
