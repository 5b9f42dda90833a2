package dev.charcoal.query.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's text forms, with expected strings taken from CPython 3.11's output. */
class PythonFormatTest {
  @ParameterizedTest
  @CsvSource({
    "2, 2",
    "2.5, 2.5",
    "-0.001, -0.001",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "123456, 123456",
    "1234567, 1.23457e+06",
    "1e100, 1e+100",
    "0.1, 0.1",
    "1.0000005, 1",
    "999999.5, 1e+06",
    "2.5e-300, 2.5e-300",
    "100, 100",
    "-1e-3, -0.001"
  })
  void formatsLikePercentG(double value, String expected) {
    assertThat(PythonFormat.g(value)).isEqualTo(expected);
  }

  @Test
  void formatsSpecialValuesLikePercentG() {
    assertThat(PythonFormat.g(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PythonFormat.g(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(PythonFormat.g(0.0)).isEqualTo("0");
    assertThat(PythonFormat.g(-0.0)).isEqualTo("-0");
  }

  @Test
  void strKeepsPythonTypes() {
    assertThat(PythonFormat.str(2L)).isEqualTo("2");
    assertThat(PythonFormat.str(2.0)).isEqualTo("2.0");
    assertThat(PythonFormat.str(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PythonFormat.str(true)).isEqualTo("True");
    assertThat(PythonFormat.str(null)).isEqualTo("None");
    assertThat(PythonFormat.str(List.of("a", 1L))).isEqualTo("['a', 1]");
  }

  @Test
  void reprQuotesStringsAsPython() {
    assertThat(PythonFormat.repr("abc")).isEqualTo("'abc'");
    assertThat(PythonFormat.repr("it's")).isEqualTo("\"it's\"");
    assertThat(PythonFormat.repr("a'b\"c")).isEqualTo("'a\\'b\"c'");
    assertThat(PythonFormat.repr("tab\there")).isEqualTo("'tab\\there'");
  }
}
