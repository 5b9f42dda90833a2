package dev.charcoal.query.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PythonRegex} finds, replaces and refuses exactly as Python 3.11's {@code re} does, over
 * the hand-written and random cases of {@code src/test/resources/dev/charcoal/model/regex/} (made
 * by its generate.py with Debian's Python).
 */
class PythonRegexTest {
  @TestFactory
  Stream<DynamicTest> everyCaseMatchesPython() {
    return Golden.jsonLines("/dev/charcoal/model/regex/cases.jsonl").stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.get("pattern").asText()
                        + " / "
                        + row.get("replacement").asText()
                        + " / "
                        + row.get("text").asText(),
                    () -> check(row)));
  }

  private static void check(JsonNode row) throws EvalException {
    String pattern = row.get("pattern").asText();
    String replacement = row.get("replacement").asText();
    String text = row.get("text").asText();
    if (row.has("error")) {
      // Python's message, without its exception type ("error: ", "IndexError: ").
      String message = row.get("error").asText().replaceFirst("^\\w+: ", "");
      assertThatThrownBy(() -> PythonRegex.compile(pattern).sub(replacement, text))
          .describedAs("Python raised %s", row)
          .isInstanceOf(EvalException.class)
          .hasMessageEndingWith(message);
      return;
    }
    PythonRegex regex = PythonRegex.compile(pattern);
    assertThat(regex.search(text)).as("search %s", row).isEqualTo(!row.get("search").isNull());
    assertThat(regex.sub(replacement, text)).as("sub %s", row).isEqualTo(row.get("sub").asText());
  }
}
