package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PythonRegexTest {
  /** Python accepts these; we refuse them on purpose (see PythonRegex's javadoc). */
  private static final List<String> REFUSED_ON_PURPOSE = List.of("(?x)a b");

  /** Every pattern in the golden file compiles or fails as in Python, and matches the same way. */
  @TestFactory
  Stream<DynamicTest> agreesWithPythonReSearch() {
    List<JsonNode> lines = Golden.lines("python-regex.jsonl");
    List<String> subjects = new ArrayList<>();
    lines.get(lines.size() - 1).get("subjects").forEach(s -> subjects.add(s.asText()));
    return lines.subList(0, lines.size() - 1).stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    "/" + line.get("pattern").asText() + "/",
                    () -> {
                      String py = line.get("pattern").asText();
                      if (line.has("error")) {
                        assertThatThrownBy(() -> PythonRegex.compile(py))
                            .as("Python: %s", line.get("error").asText())
                            .isInstanceOf(PatternSyntaxException.class);
                        return;
                      }
                      if (REFUSED_ON_PURPOSE.contains(py)) {
                        assertThatThrownBy(() -> PythonRegex.compile(py))
                            .isInstanceOf(PatternSyntaxException.class);
                        return;
                      }
                      Pattern p = PythonRegex.compile(py);
                      List<String> expected = new ArrayList<>();
                      line.get("matches").forEach(s -> expected.add(s.asText()));
                      List<String> actual =
                          subjects.stream().filter(s -> p.matcher(s).find()).toList();
                      assertThat(actual).as("translated to %s", p.pattern()).isEqualTo(expected);
                    }));
  }

  /** 2000 seeded random patterns from Python's re: same compile errors, same search results. */
  @Test
  void agreesWithPythonOnRandomPatterns() {
    List<JsonNode> lines = Golden.lines("python-regex-fuzz.jsonl");
    List<String> subjects = new ArrayList<>();
    lines.get(0).get("subjects").forEach(s -> subjects.add(s.asText()));
    List<String> disagreements = new ArrayList<>();
    for (JsonNode line : lines.subList(1, lines.size())) {
      String py = line.get("p").asText();
      Pattern p;
      try {
        p = PythonRegex.compile(py);
      } catch (PatternSyntaxException e) {
        if (!line.has("e")) {
          disagreements.add(py + " refused: " + e.getDescription());
        }
        continue;
      }
      if (line.has("e")) {
        // Java allows bounded look-behind; Python only fixed-width. Accepting more is harmless.
        if (!line.get("e").asText().startsWith("look-behind requires fixed-width")) {
          disagreements.add(py + " accepted, Python: " + line.get("e").asText());
        }
        continue;
      }
      StringBuilder bits = new StringBuilder();
      subjects.forEach(s -> bits.append(p.matcher(s).find() ? '1' : '0'));
      if (!bits.toString().equals(line.get("m").asText())) {
        disagreements.add(py + " -> " + p.pattern() + ": " + bits + " != " + line.get("m"));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void rewritesNamedGroupsAsNumberedOnes() {
    assertThat(PythonRegex.translate("(?P<host>web\\d+)\\.(?P=host)"))
        .isEqualTo("(web\\d+)\\.(?:\\1)");
  }

  @Test
  void spellsOutWordBoundarySoAsciiModeWorks() {
    assertThat(PythonRegex.compile("(?a)\\bx").matcher("éx").find()).isTrue();
    assertThat(PythonRegex.compile("\\bx").matcher("éx").find()).isFalse();
  }

  @Test
  void refusesWhatPythonRefusesButJavaWouldAccept() {
    for (String py :
        List.of("^*", "a{1,2}{2}", "a**", "(\\1)", "\\b+", "a(?i)b", "(?P<n>a)(?P<n>b)")) {
      assertThatThrownBy(() -> PythonRegex.compile(py))
          .as(py)
          .isInstanceOf(PatternSyntaxException.class);
    }
  }

  @Test
  void keepsQuantifierOnBackReference() {
    Pattern p = PythonRegex.compile("(a)(?P<b>b)(?P=b)+$");
    assertThat(p.matcher("abbb").find()).isTrue();
  }

  @Test
  void treatsBracesThatAreNotRepetitionsAsLiterals() {
    assertThat(PythonRegex.translate("a{b}")).isEqualTo("a\\{b\\}");
    assertThat(PythonRegex.translate("a{,3}")).isEqualTo("a{0,3}");
    assertThat(PythonRegex.translate("a{2,}")).isEqualTo("a{2,}");
  }

  @Test
  void escapesBracketAndAmpersandInsideClasses() {
    assertThat(PythonRegex.translate("[a[&&b]")).isEqualTo("[a\\[\\&\\&b]");
  }

  @Test
  void refusesVerboseModeRatherThanGuess() {
    assertThatThrownBy(() -> PythonRegex.compile("(?x) a b"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("verbose");
  }

  @Test
  void refusesJavaOnlyEscapes() {
    for (String javaOnly : List.of("\\e", "\\h", "\\R", "\\X", "\\G", "\\Q.\\E", "\\p{L}", "\\z")) {
      assertThatThrownBy(() -> PythonRegex.compile(javaOnly))
          .as(javaOnly)
          .isInstanceOf(PatternSyntaxException.class)
          .hasMessageContaining("bad escape");
    }
  }

  @Test
  void refusesJavaNamedGroupSyntax() {
    assertThatThrownBy(() -> PythonRegex.compile("(?<n>a)"))
        .isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void reportsTheOriginalPatternWhenJavaRefusesTheTranslation() {
    assertThatThrownBy(() -> PythonRegex.compile("a**"))
        .isInstanceOf(PatternSyntaxException.class)
        .satisfies(e -> assertThat(((PatternSyntaxException) e).getPattern()).isEqualTo("a**"));
  }
}
