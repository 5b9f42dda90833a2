package dev.charcoal.ui.tiles;

import static dev.charcoal.ui.tiles.TileLevel.CRITICAL;
import static dev.charcoal.ui.tiles.TileLevel.NORMAL;
import static dev.charcoal.ui.tiles.TileLevel.NO_DATA;
import static dev.charcoal.ui.tiles.TileLevel.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ui.tiles.Thresholds.Direction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  static Thresholds t(Double warning, Double critical) {
    return new Thresholds(warning, critical, Direction.AUTO);
  }

  @Test
  void higherIsWorseWhenCriticalIsAboveWarning() {
    Thresholds t = t(75.0, 90.0);
    assertThat(t.classify(50)).isEqualTo(NORMAL);
    assertThat(t.classify(75)).isEqualTo(WARNING);
    assertThat(t.classify(89.9)).isEqualTo(WARNING);
    assertThat(t.classify(90)).isEqualTo(CRITICAL);
    assertThat(t.classify(1e9)).isEqualTo(CRITICAL);
  }

  @Test
  void criticalBelowWarningInvertsTheThresholds() {
    Thresholds t = t(20.0, 10.0);
    assertThat(t.effectiveDirection()).isEqualTo(Direction.BELOW);
    assertThat(t.classify(30)).isEqualTo(NORMAL);
    assertThat(t.classify(20)).isEqualTo(WARNING);
    assertThat(t.classify(10)).isEqualTo(CRITICAL);
    assertThat(t.classify(-5)).isEqualTo(CRITICAL);
  }

  @Test
  void aLoneWarningMeansTooHighNotTooLowAsTasseoWouldHaveIt() {
    Thresholds t = t(100.0, null);
    assertThat(t.classify(50)).isEqualTo(NORMAL);
    assertThat(t.classify(150)).isEqualTo(WARNING);
  }

  @Test
  void aLoneCriticalMeansTooHigh() {
    Thresholds t = t(null, 5.0);
    assertThat(t.classify(1)).isEqualTo(NORMAL);
    assertThat(t.classify(5)).isEqualTo(CRITICAL);
  }

  @Test
  void aLoneThresholdMeansTooLowWhenTheDirectionSaysSo() {
    Thresholds t = new Thresholds(null, 1e9, Direction.BELOW);
    assertThat(t.classify(2e9)).isEqualTo(NORMAL);
    assertThat(t.classify(5e8)).isEqualTo(CRITICAL);
  }

  @Test
  void equalThresholdsAreCriticalAtThatValue() {
    Thresholds t = t(10.0, 10.0);
    assertThat(t.effectiveDirection()).isEqualTo(Direction.ABOVE);
    assertThat(t.classify(9)).isEqualTo(NORMAL);
    assertThat(t.classify(10)).isEqualTo(CRITICAL);
  }

  @Test
  void anExplicitDirectionWinsOverTheOrderOfTheThresholds() {
    Thresholds t = new Thresholds(20.0, 10.0, Direction.ABOVE);
    assertThat(t.classify(5)).isEqualTo(NORMAL);
    assertThat(t.classify(15)).isEqualTo(CRITICAL);
  }

  @Test
  void noValueIsNoDataAndNoThresholdsIsNormal() {
    assertThat(t(1.0, 2.0).classify(Double.NaN)).isEqualTo(NO_DATA);
    assertThat(Thresholds.NONE.classify(-1e300)).isEqualTo(NORMAL);
    assertThat(Thresholds.NONE.classify(Double.POSITIVE_INFINITY)).isEqualTo(NORMAL);
    assertThat(t(1.0, 2.0).classify(Double.POSITIVE_INFINITY)).isEqualTo(CRITICAL);
  }

  @Test
  void describesTheThresholdsInWords() {
    assertThat(t(75.0, 90.0).describe()).isEqualTo("critical ≥ 90, warning ≥ 75");
    assertThat(t(20.0, 10.5).describe()).isEqualTo("critical ≤ 10.5, warning ≤ 20");
    assertThat(Thresholds.NONE.describe()).isEqualTo("no thresholds");
  }

  @Test
  void refusesThresholdsThatAreNotFinite() {
    assertThatThrownBy(() -> t(Double.NaN, null)).hasMessageContaining("warning");
    assertThatThrownBy(() -> t(null, Double.POSITIVE_INFINITY)).hasMessageContaining("critical");
  }

  @Test
  void directionKeysReadBackAndUnknownOnesAreNamed() {
    for (Direction d : Direction.values()) {
      assertThat(Direction.ofKey(d.key())).isEqualTo(d);
    }
    assertThatThrownBy(() -> Direction.ofKey("up")).hasMessageContaining("'up'");
  }

  @Provide
  Arbitrary<Thresholds> thresholds() {
    Arbitrary<Double> limit = Arbitraries.doubles().between(-1000, 1000).injectNull(0.3);
    return net.jqwik.api.Combinators.combine(limit, limit, Arbitraries.of(Direction.class))
        .as(Thresholds::new);
  }

  @Property
  void aWorseValueIsNeverShownAsLessSevere(
      @ForAll("thresholds") Thresholds t,
      @ForAll @DoubleRange(min = -2000, max = 2000) double a,
      @ForAll @DoubleRange(min = -2000, max = 2000) double b) {
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    if (t.effectiveDirection() == Direction.ABOVE) {
      assertThat(t.classify(low).ordinal()).isLessThanOrEqualTo(t.classify(high).ordinal());
    } else {
      assertThat(t.classify(low).ordinal()).isGreaterThanOrEqualTo(t.classify(high).ordinal());
    }
  }

  @Property
  void lowerIsWorseMirrorsHigherIsWorse(
      @ForAll("thresholds") Thresholds t, @ForAll @DoubleRange(min = -2000, max = 2000) double v) {
    Thresholds below = new Thresholds(t.warning(), t.critical(), Direction.BELOW);
    Thresholds mirrored =
        new Thresholds(
            t.warning() == null ? null : -t.warning(),
            t.critical() == null ? null : -t.critical(),
            Direction.ABOVE);
    assertThat(below.classify(v)).isEqualTo(mirrored.classify(-v));
  }
}
