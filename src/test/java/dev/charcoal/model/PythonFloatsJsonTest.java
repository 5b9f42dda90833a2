package dev.charcoal.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatsJsonTest {
  @ParameterizedTest(name = "repr({0}) = {1}")
  @CsvSource({
    "0.5, 0.5",
    "12, 12.0",
    "-2.5, -2.5",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "1e15, 1000000000000000.0",
    "1e16, 1e+16",
    "1.5e-7, 1.5e-07",
    "123456789.123, 123456789.123",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "4.9e-324, 5e-324",
    "2.82879384806159E17, 2.82879384806159e+17",
    "0.1, 0.1",
    "100, 100.0",
    "-0.0, -0.0",
    "0, 0.0",
  })
  void printsAsPythonRepr(double value, String expected) {
    assertThat(PythonFloats.json(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.1, 0.10000000149011612", "0.5, 0.5", "0.3, 0.30000001192092896"})
  void printsAFloat32AsPythonReadsIt(float stored, String expected) {
    assertThat(PythonFloats.json(stored)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void printsInfinitiesAsPythonsJsonDoes() {
    assertThat(PythonFloats.json(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(PythonFloats.json(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Property
  void readsBackToTheSameDouble(@ForAll double value) {
    if (Double.isFinite(value)) {
      assertThat(Double.parseDouble(PythonFloats.json(value))).isEqualTo(value);
    }
  }

  @Property
  void isNeverLongerThanJavasDigits(@ForAll double value) {
    if (Double.isFinite(value) && value != 0) {
      assertThat(significantDigits(PythonFloats.json(value)))
          .isLessThanOrEqualTo(significantDigits(Double.toString(value)));
    }
  }

  private static int significantDigits(String s) {
    String mantissa = s.replaceFirst("[eE].*", "").replace("-", "").replace(".", "");
    return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
  }
}
