package dev.charcoal.query.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.query.QueryGolden;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * At-time strings (graphite-web's own test strings, a hand-written corpus and seeded fuzz) parsed
 * at several reference times in several zones, against graphite-web 1.1.8's parseATTime.
 */
class AtTimeGoldenTest {
  private static final long DUBLIN_OVERLAP_SHIFT = 3600;

  @TestFactory
  Stream<DynamicTest> parsesTheCorpusAsGraphiteWeb() {
    return cases("attime.jsonl");
  }

  @TestFactory
  Stream<DynamicTest> parsesFuzzedStringsAsGraphiteWeb() {
    return cases("attime-fuzz.jsonl");
  }

  private static Stream<DynamicTest> cases(String file) {
    return QueryGolden.lines(file).stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    "<"
                        + line.get("s").asText()
                        + "> "
                        + line.get("tz").asText()
                        + " @"
                        + line.get("now").asLong(),
                    () -> check(line)));
  }

  private static void check(JsonNode line) {
    String s = line.get("s").asText();
    ZoneId zone = ZoneId.of(line.get("tz").asText());
    // The now parameter itself is absolute in the corpus, so any reference time gives the same.
    Instant now = Instant.ofEpochSecond(line.get("now").asLong());
    if (line.has("error")) {
      assertThatThrownBy(() -> AtTime.parse(s, zone, now))
          .as("graphite-web: %s", line.get("error").asText())
          .isInstanceOf(AtTimeException.class)
          .hasMessageContaining(s.isBlank() ? "" : "\"" + s + "\"");
      return;
    }
    long expected = line.get("epoch").asLong();
    Instant actual = AtTime.parse(s, zone, now);
    if (zone.getId().equals("Europe/Dublin")
        && actual.getEpochSecond() == expected + DUBLIN_OVERLAP_SHIFT) {
      // Known difference: Debian's tzdata gives Dublin negative DST (IST standard, GMT "DST"),
      // so pytz's is_dst=False picks IST in the autumn overlap; Java's tzdb has IST as DST.
      LocalDateTime wall = LocalDateTime.ofInstant(actual, zone);
      assertThat(zone.getRules().getValidOffsets(wall)).hasSize(2);
      return;
    }
    assertThat(actual.getEpochSecond()).isEqualTo(expected);
  }
}
