package dev.charcoal.model.regex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonPattern} compiles, refuses (with Python's very message) and searches as Python
 * 3.11's {@code re} does, over every pattern of three golden files made by Debian's Python: the
 * hand-picked and 2000 random patterns of {@code dev/charcoal/golden/make_golden.py}, the
 * hand-written and 3000 random cases of {@code dev/charcoal/model/regex/generate.py}, and the 3000
 * random patterns of {@code dev/charcoal/model/regex/make_fuzz.py}.
 */
class PythonPatternGoldenTest {
  private final List<String> disagreements = new ArrayList<>();

  @Test
  void agreesWithPythonOnHandPickedPatterns() {
    List<JsonNode> lines = Golden.lines("python-regex.jsonl");
    List<String> subjects = texts(lines.get(lines.size() - 1).get("subjects"));
    for (JsonNode line : lines.subList(0, lines.size() - 1)) {
      String py = line.get("pattern").asText();
      Pattern p = compile(py, line.has("error") ? line.get("error").asText() : null);
      if (p != null) {
        List<String> found = subjects.stream().filter(s -> p.matcher(s).find()).toList();
        agree(py, p, found, texts(line.get("matches")));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesWithPythonOnRandomPatterns() {
    agreeOnRandomPatterns(Golden.lines("python-regex-fuzz.jsonl"));
  }

  /** Unicode classes, case folding, verbose mode, scoped flags, refusals of all kinds. */
  @Test
  void agreesWithPythonOnRandomPatternsOfEveryFeature() {
    agreeOnRandomPatterns(Golden.jsonLines("/dev/charcoal/model/regex/fuzz.jsonl"));
  }

  private void agreeOnRandomPatterns(List<JsonNode> lines) {
    List<String> subjects = texts(lines.get(0).get("subjects"));
    for (JsonNode line : lines.subList(1, lines.size())) {
      String py = line.get("p").asText();
      Pattern p = compile(py, line.has("e") ? line.get("e").asText() : null);
      if (p != null) {
        StringBuilder bits = new StringBuilder();
        subjects.forEach(s -> bits.append(p.matcher(s).find() ? '1' : '0'));
        agree(py, p, bits.toString(), line.get("m").asText());
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /** The cases' search spans (their replacements are {@code query.eval.PythonRegexTest}'s). */
  @Test
  void findsWhatPythonSearchFinds() {
    for (JsonNode row : Golden.jsonLines("/dev/charcoal/model/regex/cases.jsonl")) {
      String py = row.get("pattern").asText();
      if (row.has("error")) {
        // The error may be the replacement's; only a refused pattern must be refused alike.
        String error = row.get("error").asText();
        try {
          PythonPattern.compile(py);
        } catch (PythonPatternException e) {
          if (!error.endsWith(": " + e.getMessage())) {
            disagreements.add(py + " refused with '" + e.getMessage() + "', Python: " + error);
          }
        }
        continue;
      }
      Pattern p = compile(py, null);
      if (p != null) {
        String text = row.get("text").asText();
        Matcher m = p.matcher(text);
        String span =
            m.find()
                ? "["
                    + text.codePointCount(0, m.start())
                    + ", "
                    + text.codePointCount(0, m.end())
                    + "]"
                : "null";
        agree(py + " in " + text, p, span, row.get("search").toString().replace(",", ", "));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /**
   * The pattern compiled, or null when it is refused as Python refused it ({@code pythonError},
   * null when Python compiled it), with Python's very message.
   */
  private Pattern compile(String py, String pythonError) {
    PythonPattern translated;
    try {
      translated = PythonPattern.translate(py);
    } catch (PythonPatternException e) {
      if (pythonError == null) {
        disagreements.add(py + " refused: " + e.getMessage());
      } else if (!pythonError.equals(e.getMessage())) {
        disagreements.add(py + " refused with '" + e.getMessage() + "', Python: " + pythonError);
      }
      return null;
    }
    if (pythonError != null) {
      disagreements.add(py + " accepted as " + translated.java() + ", Python: " + pythonError);
      return null;
    }
    try {
      return translated.compile();
    } catch (PythonPatternException e) {
      disagreements.add(py + " -> " + translated.java() + " refused by Java: " + e.getMessage());
      return null;
    }
  }

  private void agree(String what, Pattern p, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      disagreements.add(what + " -> " + p.pattern() + ": " + actual + ", Python: " + expected);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }
}
