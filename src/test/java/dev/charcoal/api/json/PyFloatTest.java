package dev.charcoal.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.PythonFloats;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fast repr agrees with the reference one (checked against Python in the model's tests). */
class PyFloatTest {
  @Property(tries = 5000)
  void agreesWithPythonFloatsForAnyBitPattern(@ForAll long bits) {
    double value = Double.longBitsToDouble(bits);
    assertThat(PyFloat.repr(value)).isEqualTo(PythonFloats.repr(value));
  }

  @Property(tries = 3000)
  void agreesWithPythonFloatsForOrdinaryValues(@ForAll double value) {
    assertThat(PyFloat.repr(value)).isEqualTo(PythonFloats.repr(value));
  }

  @Property(tries = 5000)
  void agreesWithPythonFloatsForValuesWithFewDecimals(
      @ForAll
          @net.jqwik.api.constraints.LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L)
          long units,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int decimals) {
    double value = units / Math.pow(10, decimals);
    assertThat(PyFloat.repr(value)).isEqualTo(PythonFloats.repr(value));
  }

  @Test
  void printsPythonsShortestForms() {
    assertThat(PyFloat.repr(5e-324)).isEqualTo("5e-324");
    assertThat(PyFloat.repr(1e16)).isEqualTo("1e+16");
    assertThat(PyFloat.repr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyFloat.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PyFloat.repr(1.5e-5)).isEqualTo("1.5e-05");
    assertThat(PyFloat.repr(0.0001)).isEqualTo("0.0001");
    assertThat(PyFloat.repr(-0.0)).isEqualTo("-0.0");
    assertThat(PyFloat.repr(2e-323)).isEqualTo("2e-323");
    assertThat(PyFloat.repr(9e-324)).isEqualTo(PythonFloats.repr(9e-324));
    assertThat(PyFloat.repr(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    assertThat(PyFloat.repr(12.34)).isEqualTo("12.34");
    assertThat(PyFloat.repr(-0.05)).isEqualTo("-0.05");
    assertThat(PyFloat.repr(1.1)).isEqualTo("1.1");
    assertThat(PyFloat.repr(123456789.123456)).isEqualTo("123456789.123456");
  }
}
