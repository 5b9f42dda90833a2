package dev.charcoal.ui.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTextsTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void readsALocalDateAndTimeInTheZone() {
    assertThat(TimeTexts.parse("2026-11-20 14:30", BERLIN, NOW))
        .isEqualTo(Instant.parse("2026-11-20T13:30:00Z"));
    assertThat(TimeTexts.parse(" 2026-11-20 14:30:15 ", BERLIN, NOW))
        .isEqualTo(Instant.parse("2026-11-20T13:30:15Z"));
  }

  @Test
  void readsABareDateAsItsMidnight() {
    assertThat(TimeTexts.parse("2026-11-20", BERLIN, NOW))
        .isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
  }

  @Test
  void readsGraphitesFromAndUntilForms() {
    assertThat(TimeTexts.parse("-2d", BERLIN, NOW)).isEqualTo(NOW.minus(Duration.ofDays(2)));
    assertThat(TimeTexts.parse("now", BERLIN, NOW)).isEqualTo(NOW);
    assertThat(TimeTexts.parse("1700000000", BERLIN, NOW))
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void refusesTextItCannotRead() {
    assertThatThrownBy(() -> TimeTexts.parse("next blue moon", BERLIN, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("next blue moon");
    assertThatThrownBy(() -> TimeTexts.parse("  ", BERLIN, NOW)).hasMessage("empty time");
  }

  @Test
  void formatsWhatItReads() {
    Instant t = Instant.parse("2026-11-20T13:30:15Z");
    assertThat(TimeTexts.parse(TimeTexts.format(t, BERLIN), BERLIN, NOW)).isEqualTo(t);
  }

  @Test
  void namesDurationsInTheirLargestWholeUnit() {
    assertThat(Durations.words(Duration.ofMinutes(5))).isEqualTo("5 minutes");
    assertThat(Durations.words(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(Durations.words(Duration.ofHours(24))).isEqualTo("24 hours");
    assertThat(Durations.words(Duration.ofDays(7))).isEqualTo("7 days");
    assertThat(Durations.words(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    assertThat(Durations.shortWords(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(Durations.shortWords(Duration.ofDays(30))).isEqualTo("30d");
  }
}
