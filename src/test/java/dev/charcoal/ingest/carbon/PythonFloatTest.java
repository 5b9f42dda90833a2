package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PythonFloatTest {
  /** Python's float() grammar for ASCII text without surrounding whitespace. */
  private static final Pattern PYTHON_FLOAT =
      Pattern.compile(
          "[+-]?(?:(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)"
              + "(?:[eE][+-]?\\d(?:_?\\d)*)?|(?i:inf|infinity|nan))");

  /** What Python 3.11's float() made of each string (make_carbon_golden.py). */
  @TestFactory
  Stream<DynamicTest> parsesAsPythonDoes() {
    return CarbonGolden.lines("python-float.jsonl").stream()
        .map(
            line -> {
              String s = line.get("s").asText();
              return DynamicTest.dynamicTest("<" + s + ">", () -> checkAgainstPython(s, line));
            });
  }

  private static void checkAgainstPython(String s, JsonNode line) {
    if (line.has("error")) {
      assertThatThrownBy(() -> PythonFloat.parse(s)).isInstanceOf(NumberFormatException.class);
      return;
    }
    double python = CarbonGolden.number(line.get("bits"));
    double ours = PythonFloat.parse(s);
    if (Double.isNaN(python)) {
      assertThat(ours).isNaN();
      assertThat(PythonFloat.isInvalid(ours)).isFalse();
    } else {
      assertThat(Double.doubleToRawLongBits(ours))
          .as("%s: %s, python %s", s, ours, python)
          .isEqualTo(Double.doubleToRawLongBits(python));
    }
  }

  @Test
  void acceptsWhatCarbonSendersWrite() {
    assertThat(PythonFloat.parse("1700000000")).isEqualTo(1.7e9);
    assertThat(PythonFloat.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(PythonFloat.parse("+1_000.5e-1")).isEqualTo(100.05);
    assertThat(PythonFloat.parse(" \t12.5\u3000")).isEqualTo(12.5);
    assertThat(PythonFloat.parse("\u0661\u0662")).isEqualTo(12.0);
  }

  @Test
  void refusesWhatPythonRefuses() {
    for (String s : new String[] {"0x10", "1,5", "1d", "1__0", "_1", "1_", "1e", ".", "", "--1"}) {
      assertThatThrownBy(() -> PythonFloat.parse(s))
          .as(s)
          .isInstanceOf(NumberFormatException.class)
          .hasMessageContaining("'" + s + "'");
    }
  }

  @Test
  void bytesAcceptOnlyAsciiAndCWhitespace() {
    assertThat(PythonFloat.parseBytes(" 3.5\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(3.5);
    assertThat(
            PythonFloat.isInvalid(
                PythonFloat.parseBytes("\u0661".getBytes(StandardCharsets.UTF_8))))
        .isTrue();
    assertThat(PythonFloat.isInvalid(PythonFloat.parseBytes(new byte[] {0x1c, '1'}))).isTrue();
  }

  @Property
  void readsBackEveryDouble(@ForAll double d) {
    assertThat(Double.doubleToRawLongBits(PythonFloat.parse(Double.toString(d))))
        .isEqualTo(Double.doubleToRawLongBits(d));
    assertThat(PythonFloat.parse(String.format("%.17e", d))).isEqualTo(d);
  }

  @Property
  void acceptsExactlyPythonsGrammarAndRoundsCorrectly(@ForAll("floatLike") String s) {
    boolean grammatical = PYTHON_FLOAT.matcher(s).matches();
    byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
    double parsed = PythonFloat.parseAscii(ascii, 0, ascii.length);
    assertThat(!PythonFloat.isInvalid(parsed)).as(s).isEqualTo(grammatical);
    if (grammatical && !s.matches("(?i)[+-]?(inf|infinity|nan)")) {
      double exact = new BigDecimal(s.replace("_", "")).doubleValue();
      assertThat(parsed).as(s).isEqualTo(exact);
    }
  }

  @Property
  void roundsLongDecimalsCorrectly(@ForAll("decimals") String s) {
    byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
    assertThat(PythonFloat.parseAscii(ascii, 0, ascii.length))
        .as(s)
        .isEqualTo(new BigDecimal(s).doubleValue());
  }

  @Provide
  Arbitrary<String> floatLike() {
    Arbitrary<String> token =
        Arbitraries.of("0", "1", "7", "9", "_", ".", "e", "E", "+", "-", "inf", "nan", "x", "00");
    return token.list().ofMaxSize(8).map(tokens -> String.join("", tokens));
  }

  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40);
    Arbitrary<Integer> exponent = Arbitraries.integers().between(-340, 320);
    return Combinators.combine(digits, Arbitraries.integers().between(0, 40), exponent)
        .as(
            (d, point, e) -> {
              int p = Math.min(point, d.length());
              return d.substring(0, p) + "." + d.substring(p) + "e" + e;
            })
        .filter(s -> !s.startsWith(".e"));
  }
}
