package dev.charcoal.query.function.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ExponentialMovingAverage#round} is Python's {@code round(x, 6)}: its fast path must never
 * differ from exact decimal rounding, ties and near-ties included.
 */
class ExponentialMovingAverageRoundTest {
  /** Expected values printed by /usr/bin/python3 (3.11): {@code repr(round(x, 6))}. */
  @ParameterizedTest
  @CsvSource({
    "5e-07, 0.0",
    "1.5e-06, 2e-06",
    "2.5e-07, 0.0",
    "-1e-09, -0.0",
    "-5e-07, -0.0",
    "1.2345675, 1.234568",
    "123456.7890125, 123456.789012",
    "1000000000000000.1, 1000000000000000.1",
    "4503599627.3705, 4503599627.3705",
    "0.30000000000000004, 0.3",
    "0.4999995, 0.499999",
    "2.0000005, 2.000001",
    "1e+300, 1e+300",
    "5e-324, 0.0"
  })
  void roundsAsPython(double value, double python) {
    assertThat(Double.doubleToRawLongBits(ExponentialMovingAverage.round(value)))
        .as("round(%s, 6)", value)
        .isEqualTo(Double.doubleToRawLongBits(python));
  }

  @Property
  void fastPathAgreesWithExactRoundingAnywhere(@ForAll double value) {
    assertThat(ExponentialMovingAverage.round(value)).isEqualTo(exact(value));
  }

  @Property
  void fastPathAgreesWithExactRoundingNearTies(
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long micros,
      @ForAll @IntRange(min = -4, max = 4) int ulps) {
    double tie = (micros + 0.5) / 1e6;
    double value = tie;
    for (int i = 0; i < Math.abs(ulps); i++) {
      value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
    }
    assertThat(ExponentialMovingAverage.round(value)).isEqualTo(exact(value));
  }

  private static double exact(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    double rounded = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    return rounded == 0 ? Math.copySign(0.0, value) : rounded;
  }
}
