package dev.charcoal.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatsTest {

  /** Values and the repr() that CPython 3.11 prints for them. */
  @ParameterizedTest
  @CsvSource({
    "0x1.0p0, 1.0",
    "0x1.999999999999ap-4, 0.1",
    "0x1.1c37937e08000p+53, 1e+16",
    "0x1.4f8b588e368f1p-17, 1e-05",
    "0x1.d6f34547df3b6p+26, 123456789.123",
    "0x1.1eb2d66005835p+997, 1.5e+300",
    "0x0.0000000000001p-1022, 5e-324",
    "0x1.a36e2eb1c432dp-14, 0.0001",
    "0x1.0f0cf064dd592p+73, 1e+22",
    "0x1.0p+53, 9007199254740992.0",
    "-0x0.0p0, -0.0",
    "0x1.fffffffffffffp+1023, 1.7976931348623157e+308",
    "0x1.5555555555555p-2, 0.3333333333333333",
    "0x1.9p+6, 100.0",
    "0x1.c6bf526340000p+49, 1000000000000000.0",
    "0x1.9cb8320b15070p-17, 1.23e-05",
    "0x0.0000000000003p-1022, 1.5e-323",
    "0x1.cd5f99c38b04cp-14, 0.00011000000000000002",
    "0x1.1666666666666p+2, 4.35",
    "0x1.02e85be111841p-13, 0.000123456789",
    // 712641781603974.25 lies halfway between the 16-digit candidates: Python takes the even one.
    "0x1.44126c1f4f432p+49, 712641781603974.2",
  })
  void printsAsPythonRepr(String hex, String python) {
    assertThat(PythonFloats.repr(Double.parseDouble(hex))).isEqualTo(python);
  }

  @ParameterizedTest
  @CsvSource({"Infinity, inf", "-Infinity, -inf", "NaN, nan"})
  void printsSpecialValuesAsPython(double value, String python) {
    assertThat(PythonFloats.repr(value)).isEqualTo(python);
  }

  /** The shortcuts for whole numbers and few decimals print what the digit search finds. */
  @Property(tries = 5000)
  void shortcutsAgreeWithTheDigitSearch(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long units,
      @ForAll @IntRange(min = 0, max = 12) int decimals) {
    double value = units / Math.pow(10, decimals);
    assertThat(PythonFloats.repr(value)).isEqualTo(PythonFloats.searchedRepr(value));
  }

  @Property(tries = 3000)
  void anyDoublePrintsAsTheDigitSearchFinds(@ForAll double value) {
    assertThat(PythonFloats.repr(value)).isEqualTo(PythonFloats.searchedRepr(value));
  }
}
