package dev.charcoal.query.function.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.query.eval.EvalException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's round() and "%d" as CPython 3.11 gives them (checked with /usr/bin/python3). */
class PythonNumbersTest {
  @ParameterizedTest
  @CsvSource({
    "2.675, 2, 2.67", // the double below 2.675: no tie, rounds down
    "0.5, 0, 0.0", // a real tie: half to even
    "1.5, 0, 2.0",
    "2.5, 0, 2.0",
    "-1e-7, 6, -0.0", // the sign survives on zero
    "123.456, -1, 120.0",
    "0.1, 400, 0.1", // past every double's digits: unchanged
    "1e300, -400, 0.0",
    "-1e300, -400, -0.0",
    "4.9e-324, 323, 0.0",
    "1.7976931348623157e308, -300, 1.79769313e+308",
  })
  void roundsAsPython(double value, long digits, double python) throws EvalException {
    double rounded = PythonNumbers.round(value, digits);
    assertThat(Double.doubleToRawLongBits(rounded)).isEqualTo(Double.doubleToRawLongBits(python));
  }

  @ParameterizedTest
  @CsvSource({"NaN", "Infinity", "-Infinity"})
  void roundsSpecialValuesToThemselves(double value) throws EvalException {
    assertThat(Double.valueOf(PythonNumbers.round(value, 2))).isEqualTo(Double.valueOf(value));
  }

  @Test
  void refusesARoundingThatOverflowsAsPythonDoes() {
    assertThatThrownBy(() -> PythonNumbers.round(1.7976931348623157e308, -308))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("too large");
  }

  /** The fast path (x·10^n with its fma error) agrees with exact decimal rounding. */
  @Property
  void roundsAsExactDecimalRounding(
      @ForAll double value, @ForAll @IntRange(min = -3, max = 25) int digits) throws EvalException {
    assertThat(Double.doubleToRawLongBits(PythonNumbers.round(value, digits)))
        .isEqualTo(Double.doubleToRawLongBits(PythonNumbers.roundByDecimal(value, digits)));
  }

  /** Values near ties at 6 decimals, where the fast path's error term decides. */
  @Property
  void roundsNearTiesAsExactDecimalRounding(
      @ForAll @IntRange(min = -2_000_000_000, max = 2_000_000_000) int millionths,
      @ForAll @IntRange(min = -3, max = 3) int ulps)
      throws EvalException {
    double tie = (millionths + 0.5) / 1e6;
    double value = tie;
    for (int i = 0; i < Math.abs(ulps); i++) {
      value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
    }
    assertThat(Double.doubleToRawLongBits(PythonNumbers.round(value, 6)))
        .isEqualTo(Double.doubleToRawLongBits(PythonNumbers.roundByDecimal(value, 6)));
  }

  @ParameterizedTest
  @CsvSource({"2.7, 2", "-2.7, -2", "1e20, 100000000000000000000", "-0.5, 0"})
  void formatsFloatsWithPercentDAsPython(double value, String python) throws EvalException {
    assertThat(PythonNumbers.percentD(value)).isEqualTo(python);
  }

  @ParameterizedTest
  @CsvSource({"NaN", "Infinity"})
  void refusesPercentDOfNonFiniteFloats(double value) {
    assertThatThrownBy(() -> PythonNumbers.percentD(value)).isInstanceOf(EvalException.class);
  }
}
