package dev.charcoal.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateMeterTest {
  static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void measuresTheGrowthPerSecondBetweenSamples() {
    RateMeter meter = new RateMeter();

    assertThat(meter.sample(T0, 1000)).isEmpty();
    assertThat(meter.sample(T0.plusSeconds(2), 1500)).hasValue(250);
    assertThat(meter.sample(T0.plusSeconds(4), 1500)).hasValue(0);
  }

  @Test
  void startsOverWhenTheCounterGoesDown() {
    RateMeter meter = new RateMeter();
    meter.sample(T0, 1000);

    assertThat(meter.sample(T0.plusSeconds(2), 10)).isEmpty();
    assertThat(meter.sample(T0.plusSeconds(3), 30)).hasValue(20);
  }

  @Test
  void ignoresASampleAtTheSameInstant() {
    RateMeter meter = new RateMeter();
    meter.sample(T0, 1000);

    assertThat(meter.sample(T0, 2000)).isEmpty();
  }
}
