package dev.charcoal.query.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AtTimeTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

  private static Instant at(String s) {
    return AtTime.parse(s, UTC, NOW);
  }

  @Test
  void readsRelativeOffsets() {
    assertThat(at("-1h")).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(at("now-7d")).isEqualTo(NOW.minus(Duration.ofDays(7)));
    assertThat(at("-1mon")).isEqualTo(NOW.minus(Duration.ofDays(30)));
    assertThat(at("-2years")).isEqualTo(NOW.minus(Duration.ofDays(730)));
    assertThat(at("-1d12h")).isEqualTo(NOW.minus(Duration.ofHours(36)));
    assertThat(at("-30min")).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
  }

  @Test
  void readsAbsoluteForms() {
    assertThat(at("17:30_20240101")).isEqualTo(Instant.parse("2024-01-01T17:30:00Z"));
    assertThat(at("20240101")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(at("12/25/23")).isEqualTo(Instant.parse("2023-12-25T00:00:00Z"));
    assertThat(at("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
    assertThat(at("noon_yesterday")).isEqualTo(Instant.parse("2024-03-09T12:00:00Z"));
    // graphite-web splits at the '+' and reads "yesterday" as an offset (its own test expects
    // this to fail).
    assertThatThrownBy(() -> at("noon+yesterday")).isInstanceOf(AtTimeException.class);
    assertThat(at("8am_tomorrow")).isEqualTo(Instant.parse("2024-03-11T08:00:00Z"));
    assertThat(at("teatime")).isEqualTo(Instant.parse("2024-03-10T16:00:00Z"));
    assertThat(at("jan5")).isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
    // 2024-03-10 is a Sunday: "friday" is the 8th, "sunday" today.
    assertThat(at("friday")).isEqualTo(Instant.parse("2024-03-08T00:00:00Z"));
    assertThat(at("sunday")).isEqualTo(Instant.parse("2024-03-10T00:00:00Z"));
  }

  @Test
  void keepsGraphitesTwelveOClockQuirk() {
    assertThat(at("12am")).isEqualTo(Instant.parse("2024-03-10T12:00:00Z"));
    assertThat(at("12pm")).isEqualTo(Instant.parse("2024-03-10T00:00:00Z"));
  }

  @Test
  void readsWallTimesInTheRequestZone() {
    Instant springForward = Instant.parse("2015-03-08T19:00:00Z"); // noon in Los Angeles, PDT
    assertThat(AtTime.parse("midnight", LOS_ANGELES, springForward))
        .isEqualTo(Instant.parse("2015-03-08T08:00:00Z"));
    // 02:30 does not exist that day; pytz reads it with the offset before the gap.
    assertThat(AtTime.parse("02:30_20150308", LOS_ANGELES, springForward))
        .isEqualTo(Instant.parse("2015-03-08T10:30:00Z"));
    // Offsets are exact seconds even across the change: midnight+3h is 04:00 PDT.
    assertThat(AtTime.parse("midnight+3h", LOS_ANGELES, springForward))
        .isEqualTo(Instant.parse("2015-03-08T11:00:00Z"));
  }

  @Test
  void errorsNameTheString() {
    assertThatThrownBy(() -> at("yesterweek"))
        .isInstanceOf(AtTimeException.class)
        .hasMessage("invalid time \"yesterweek\": Unknown day reference: yesterweek");
    assertThatThrownBy(() -> at("-1m")).hasMessage("invalid time \"-1m\": Invalid offset unit 'm'");
    assertThatThrownBy(() -> at("-99999999999d")).hasMessageContaining("\"-99999999999d\"");
  }

  @Test
  void parsesOffsetsForFunctions() {
    assertThat(TimeOffset.parse("5min")).isEqualTo(Duration.ofMinutes(5));
    assertThat(TimeOffset.parse("-1w")).isEqualTo(Duration.ofDays(-7));
    assertThat(TimeOffset.parse("+")).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> TimeOffset.parse("month"))
        .isInstanceOf(AtTimeException.class)
        .hasMessage("invalid time offset \"month\": Invalid offset: month");
  }

  @Test
  void resolvesARequestsDefaults() {
    InstantSource clock = InstantSource.fixed(NOW);
    RenderTimes.Window window = RenderTimes.resolve(null, null, null, null, UTC, clock);
    assertThat(window.from()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    assertThat(window.until()).isEqualTo(NOW);
    assertThat(window.now()).isEqualTo(NOW);
    assertThat(window.zone()).isEqualTo(UTC);
  }

  @Test
  void resolvesNowFromTheParameterAndSwapsAReversedRange() {
    InstantSource clock = InstantSource.fixed(NOW);
    RenderTimes.Window window =
        RenderTimes.resolve("now", "-2h", "1700000000", "america/los_angeles", UTC, clock);
    assertThat(window.now()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
    assertThat(window.from()).isEqualTo(Instant.ofEpochSecond(1_700_000_000 - 7200));
    assertThat(window.until()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
    assertThat(window.zone()).isEqualTo(LOS_ANGELES);
  }

  @Test
  void refusesAnEmptyRange() {
    InstantSource clock = InstantSource.fixed(NOW);
    assertThatThrownBy(() -> RenderTimes.resolve("now", "now", null, null, UTC, clock))
        .isInstanceOf(AtTimeException.class)
        .hasMessage("Invalid empty time range");
  }

  @Test
  void unknownZonesFallBackToTheDefault() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(RenderTimes.zone("Mars/Olympus", berlin)).isEqualTo(berlin);
    assertThat(RenderTimes.zone("+01:00", berlin)).isEqualTo(berlin);
    assertThat(RenderTimes.zone(null, berlin)).isEqualTo(berlin);
    assertThat(RenderTimes.zone("utc", berlin)).isEqualTo(ZoneId.of("UTC"));
  }

  @Property(tries = 3000)
  void garbageOnlyEverGivesAnAtTimeError(
      @ForAll
          @StringLength(max = 24)
          @Chars({'+', '-', ':', '/', '_', ' ', ',', 'a', 'm', 'p'})
          @CharRange(from = '0', to = '9')
          @CharRange(from = 'a', to = 'z')
          @CharRange(from = '\u00a0', to = '\u00ff')
          String s) {
    try {
      AtTime.parse(s, LOS_ANGELES, NOW);
    } catch (AtTimeException e) {
      assertThat(e.getMessage()).contains("\"" + s + "\"");
    }
  }
}
