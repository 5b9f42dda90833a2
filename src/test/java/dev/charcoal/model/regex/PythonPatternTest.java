package dev.charcoal.model.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * What {@link PythonPattern} rewrites and why, case by case (the golden tests hold the thousands of
 * cases Python decided; here are the ones worth a name).
 */
class PythonPatternTest {
  @Test
  void rewritesNamedGroupsAsNumberedOnes() {
    PythonPattern p = PythonPattern.translate("(?P<host>web\\d+)\\.(?P=host)");
    assertThat(p.java()).isEqualTo("(web\\p{Nd}+)\\.(?:\\1)");
    assertThat(p.groupCount()).isEqualTo(1);
    assertThat(p.groupNames()).isEqualTo(Map.of("host", 1));
  }

  @Test
  void countsGroupsAsPythonNumbersThem() {
    PythonPattern p = PythonPattern.translate("(a)(?:b)(?P<x>c)(?=(d))(?#(e)");
    assertThat(p.groupCount()).isEqualTo(3);
    assertThat(p.groupNames()).isEqualTo(Map.of("x", 2));
  }

  @Test
  void spellsOutWordBoundarySoAsciiModeWorks() {
    assertThat(find("(?a)\\bx", "éx")).isTrue();
    assertThat(find("\\bx", "éx")).isFalse();
  }

  @Test
  void neverMatchesNotWordBoundaryInAnEmptyString() {
    assertThat(find("\\B", "")).isFalse();
    assertThat(find("\\B", "ab")).isTrue();
  }

  @Test
  void usesPythonsUnicodeClassesNotJavas() {
    assertThat(PythonPattern.compile("\\w+").matcher("m²").matches()).isTrue();
    assertThat(PythonPattern.compile("\\w+").matcher("e\u0301").matches()).isFalse();
    assertThat(find("\\s", "\u001c")).isTrue();
    assertThat(find("\\d", "٣")).isTrue();
  }

  @Test
  void scopesAsciiModeToItsGroup() {
    assertThat(find("^(?a:\\w)$", "é")).isFalse();
    assertThat(find("^(?a:x)\\w$", "xé")).isTrue();
  }

  @Test
  void foldsCaseByUnicodeUnlessAscii() {
    assertThat(find("(?i)é", "É")).isTrue();
    assertThat(find("(?ai)é", "É")).isFalse();
    assertThat(find("(?i)k", "\u212a")).isTrue(); // the Kelvin sign
  }

  @Test
  void matchesMultilineCaretAfterAFinalNewline() {
    assertThat(find("(?m)^$", "a\n")).isTrue(); // Java's own (?m)^ does not match at the end
    assertThat(find("^$", "a\n")).isFalse();
  }

  @Test
  void endsDotAndDollarOnlyAtNewline() {
    assertThat(find("a.b", "a\rb")).isTrue();
    assertThat(find("a$", "a\n")).isTrue();
    assertThat(find("a$", "a\r")).isFalse();
    assertThat(find("a\\Z", "a\n")).isFalse();
  }

  @Test
  void readsVerboseModeAsPython() {
    assertThat(find("(?x) a b # a comment", "ab")).isTrue();
    assertThat(find("(?x)a[ ]b", "a b")).isTrue(); // a space in a class counts
    assertThat(find("(?x)a\\ b", "a b")).isTrue();
    assertThat(find("a(?x: b )c", "abc")).isTrue();
    assertThat(find("(?x)a(?-x: b)", "a b")).isTrue();
  }

  @Test
  void endsACommentOnlyAtAnUnescapedParenthesis() {
    assertThat(PythonPattern.translate("(?#a\\)b)c").java()).isEqualTo("c");
  }

  @Test
  void keepsQuantifierOnBackReference() {
    assertThat(find("(a)(?P<b>b)(?P=b)+$", "abbb")).isTrue();
    assertThat(find("(a)\\1{2}0", "aaa0")).isTrue();
  }

  @Test
  void treatsBracesThatAreNotRepetitionsAsLiterals() {
    assertThat(PythonPattern.translate("a{b}").java()).isEqualTo("a\\{b\\}");
    assertThat(PythonPattern.translate("a{,3}").java()).isEqualTo("a{0,3}");
    assertThat(PythonPattern.translate("a{2,}").java()).isEqualTo("a{2,}");
  }

  @Test
  void escapesBracketAndAmpersandInsideClasses() {
    assertThat(PythonPattern.translate("[a[&&b]").java()).isEqualTo("[a\\[\\&\\&b]");
  }

  @Test
  void readsOneCharacterEscapes() {
    assertThat(find("^\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\0[\\b]\\v$", "Aé😀—A\0\b\u000b"))
        .isTrue();
  }

  @Test
  void refusesWhatPythonRefusesButJavaWouldAccept() {
    for (String py :
        List.of("^*", "a{1,2}{2}", "a**", "(\\1)", "\\b+", "a(?i)b", "(?P<n>a)(?P<n>b)", "[z-a]")) {
      assertThatThrownBy(() -> PythonPattern.compile(py))
          .as(py)
          .isInstanceOf(PatternSyntaxException.class);
    }
  }

  @Test
  void refusesJavaOnlyEscapes() {
    for (String javaOnly : List.of("\\e", "\\h", "\\R", "\\X", "\\G", "\\Q.\\E", "\\p{L}", "\\z")) {
      assertThatThrownBy(() -> PythonPattern.compile(javaOnly))
          .as(javaOnly)
          .isInstanceOf(PythonPatternException.class)
          .hasMessageStartingWith("bad escape \\" + javaOnly.charAt(1) + " at position 0");
    }
  }

  @Test
  void refusesJavaNamedGroupSyntax() {
    assertThatThrownBy(() -> PythonPattern.compile("(?<n>a)"))
        .hasMessage("unknown extension ?<n at position 1");
  }

  @Test
  void reportsPythonsMessageAndPosition() {
    assertThatThrownBy(() -> PythonPattern.translate("web("))
        .isInstanceOfSatisfying(
            PythonPatternException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("missing ), unterminated subpattern at position 3");
              assertThat(e.getDescription()).isEqualTo("missing ), unterminated subpattern");
              assertThat(e.getIndex()).isEqualTo(3);
              assertThat(e.getPattern()).isEqualTo("web(");
            });
  }

  @Test
  void countsPositionsInCodePointsAndNamesTheLineOfAMultilinePattern() {
    assertThatThrownBy(() -> PythonPattern.translate("😀\n(?x)"))
        .hasMessage(
            "global flags not at the start of the expression at position 2 (line 2, column 1)");
  }

  @Test
  void refusesLookBehindsThatAreNotFixedWidthAsPythonDoes() {
    assertThatThrownBy(() -> PythonPattern.translate("(?<=a+)b")) // Java would accept it
        .hasMessage("look-behind requires fixed-width pattern");
    assertThatThrownBy(() -> PythonPattern.translate("(?<=a|bc)"))
        .hasMessage("look-behind requires fixed-width pattern");
    assertThat(find("(?<=a{2}|bb|(?:c|d)e)x", "dex")).isTrue();
  }

  @Test
  void reportsThePythonPatternWhenJavaRefusesTheTranslation() {
    // Fixed-width for Python, but Java cannot bound a back-reference in a look-behind.
    assertThatThrownBy(() -> PythonPattern.compile("(a)(?<=\\1)b"))
        .isInstanceOfSatisfying(
            PythonPatternException.class,
            e -> {
              assertThat(e.getPattern()).isEqualTo("(a)(?<=\\1)b");
              assertThat(e.getIndex()).isEqualTo(-1);
              assertThat(e.getMessage()).isEqualTo(e.getDescription()).contains("Look-behind");
            });
  }

  @Test
  void refusesConditionalGroupsOnlyOncePythonWouldAcceptThem() {
    assertThatThrownBy(() -> PythonPattern.translate("(a)(?(1)b|c)"))
        .hasMessage("conditional groups (?(...)yes|no) are not supported at position 3");
    assertThatThrownBy(() -> PythonPattern.translate("(?(2)a)(b)"))
        .hasMessage("invalid group reference 2 at position 3");
    assertThatThrownBy(() -> PythonPattern.translate("(a)(?(1)b|c|d)"))
        .hasMessage("conditional backref with more than two branches at position 11");
  }

  @Test
  void acceptsTheTemplateFlagOnlyWithoutRepeats() {
    assertThat(find("(?t)ab", "xab")).isTrue();
    assertThatThrownBy(() -> PythonPattern.translate("(?t)(a+?)*"))
        .hasMessage("internal: unsupported template operator MAX_REPEAT");
  }

  @Test
  void refusesTooLargeRepetitionsAsPythonsOverflowError() {
    assertThatThrownBy(() -> PythonPattern.translate("a{4294967295}"))
        .hasMessage("the repetition number is too large");
  }

  @Test
  void refusesAsciiWithUnicodeAsPythonsValueError() {
    assertThatThrownBy(() -> PythonPattern.translate("(?a)(?u)x"))
        .hasMessage("ASCII and UNICODE flags are incompatible");
  }

  @Test
  void compilesAWrappedTranslationWithTheSameFlags() {
    PythonPattern p = PythonPattern.translate("(?i)a");
    Pattern whole = p.compileJava("^(?:" + p.java() + ")$");
    assertThat(whole.matcher("A").matches()).isTrue();
    assertThat(whole.matcher("AA").matches()).isFalse();
  }

  private static boolean find(String python, String text) {
    return PythonPattern.compile(python).matcher(text).find();
  }
}
