package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsNumbersTest {
  private static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return JsNumbers.parse(b, 0, b.length);
  }

  @ParameterizedTest(name = "Number(\"{0}\") = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1|1",
        "+10|10",
        "-10|-10",
        "10e1|100",
        "+10e1|100",
        ".5|0.5",
        "5.|5",
        "0x10|16",
        "0X1f|31",
        "0o17|15",
        "0b101|5",
        "' 5'|5",
        "'5 '|5",
        "'\t5\r'|5",
        "'  '|0",
        "-0|-0.0",
        "1e-7|1e-7",
        "250.5|250.5",
        "0.1|0.1",
        "123456789012345678|123456789012345678",
        "1.7976931348623157e308|1.7976931348623157e308",
        "'\u00a05\u3000'|5",
        "1e999|Infinity",
        "Infinity|Infinity",
        "-Infinity|-Infinity"
      })
  void readsWhatJavaScriptNumberReads(String text, double expected) {
    assertThat(parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Number(\"{0}\") is NaN")
  @ValueSource(
      strings = {
        "abc",
        "NaN",
        "0,345",
        "1.2.3",
        "--1",
        "1e",
        "e5",
        ".",
        "+",
        "0x",
        "-0x10",
        "+0x10",
        "0x1g",
        "1d",
        "1f",
        "0x1p3",
        "infinity",
        "1_000",
        "5\u00e9",
        "\u00e95",
        "1 2"
      })
  void refusesWhatJavaScriptNumberRefuses(String text) {
    assertThat(parse(text)).isNaN();
  }

  @ParameterizedTest(name = "String({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "500|500",
        "0.15000000000000002|0.15000000000000002",
        "111.80339887498948|111.80339887498948",
        "6172839450617284000|6172839450617284000",
        "1e21|1e+21",
        "1.5e21|1.5e+21",
        "1e-7|1e-7",
        "1.25e-7|1.25e-7",
        "0.000001|0.000001",
        "-0.0|0",
        "99.9|99.9",
        "-10|-10",
        "2.21|2.21",
        "0.01|0.01",
        "NaN|NaN",
        "Infinity|Infinity",
        "-Infinity|-Infinity",
        "123e20|1.23e+22",
        "1e20|100000000000000000000",
        "5e-324|5e-324"
      })
  void printsAsJavaScriptPrints(double value, String expected) {
    assertThat(JsNumbers.format(value)).isEqualTo(expected);
  }

  @Property
  void readsBackWhatItPrints(@ForAll double value) {
    double back = parse(JsNumbers.format(value));
    assertThat(back).isEqualTo(value == 0 ? 0.0 : value);
  }

  @Property
  void readsJavaDecimalsAsJavaDoes(@ForAll double value) {
    String text = Double.toString(value).replace("E", "e");
    if (Double.isFinite(value)) {
      assertThat(parse(text)).isEqualTo(Double.parseDouble(text));
    }
  }

  @Property
  void readsPlainDecimalsExactly(@ForAll long mantissa, @ForAll byte scale) {
    int digits = Math.abs(scale % 20);
    String text =
        new java.math.BigDecimal(java.math.BigInteger.valueOf(mantissa), digits).toPlainString();
    assertThat(parse(text)).isEqualTo(Double.parseDouble(text));
  }
}
