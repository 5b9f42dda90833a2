package dev.charcoal.model.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hostile input: whatever the text, a translation or a {@link PythonPatternException}. */
class PythonPatternPropertiesTest {
  @Property(tries = 3000)
  void translatesOrRefusesAnyTextClearly(@ForAll("patternish") String python) {
    PythonPattern translated;
    try {
      translated = PythonPattern.translate(python);
    } catch (PythonPatternException e) {
      assertThat(e.getPattern()).isEqualTo(python);
      assertThat(e.getIndex()).isBetween(-1, python.codePointCount(0, python.length()));
      assertThat(e.getDescription()).isNotBlank();
      return;
    }
    assertThat(translated.groupCount()).isGreaterThanOrEqualTo(translated.groupNames().size());
    try {
      Pattern p = translated.compile();
      p.matcher(python).find(); // and it runs
    } catch (PythonPatternException javaRefused) {
      assertThat(javaRefused.getPattern()).isEqualTo(python);
    }
  }

  /** Literal text stays literal: a pattern made of escaped characters matches only itself. */
  @Property(tries = 500)
  void escapedTextMatchesItself(@ForAll String text) {
    StringBuilder python = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < 128 && Character.isLetterOrDigit(c)) {
                python.appendCodePoint(c);
              } else {
                python.append('\\').appendCodePoint(c);
              }
            });
    assertThat(PythonPattern.compile(python.toString()).matcher(text).matches()).isTrue();
  }

  @Property(tries = 200)
  void readsGroupNumbersAsPythonsInt(@ForAll int n) {
    assertThat(PythonSyntax.parseInt(" " + n + " ")).isEqualTo(BigInteger.valueOf(n));
    assertThat(PythonSyntax.parseInt(Integer.toString(n).replace("1", "1_1")))
        .isEqualTo(new BigInteger(Integer.toString(n).replace("1", "11")));
    assertThat(PythonSyntax.parseInt(n + "_")).isNull();
  }

  @Provide
  Arbitrary<String> patternish() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "(", ")", "[", "]", "{", "}", "\\", "?", "*", "+", "|", "^", "$", ".", "-", "<",
                ">", "=", "!", "#", ":", ",", "P", "x", "a", "i", "u", "L", "t", "N", "U", "g", "1",
                "0", "9", " ", "\n", "é", "😀", "\uD800"),
            Arbitraries.strings().ofMaxLength(3))
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
