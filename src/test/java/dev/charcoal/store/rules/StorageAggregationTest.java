package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.AggregationMethod;
import org.junit.jupiter.api.Test;

class StorageAggregationTest {
  private static StorageAggregation parse(String text) throws ConfigException {
    return StorageAggregation.parse("storage-aggregation.conf", text);
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage("storage-aggregation.conf " + message);
  }

  @Test
  void firstMatchWinsWithCaseInsensitiveKeys() throws Exception {
    StorageAggregation a =
        parse(
            """
            [count]
            pattern = \\.count$
            XFILESFACTOR = 0
            aggregationmethod = sum

            [default_average]
            Pattern = .*
            xFilesFactor = 0.3
            aggregationMethod = average
            """);
    assertThat(a.ruleFor("a.b.count")).isEqualTo(new Aggregation(0f, AggregationMethod.SUM));
    assertThat(a.ruleFor("a.b.mean")).isEqualTo(new Aggregation(0.3f, AggregationMethod.AVERAGE));
    assertThat(a.match("a.b.count").orElseThrow().section()).isEqualTo("count");
  }

  @Test
  void usesWhisperDefaultsWhenNothingMatches() throws Exception {
    assertThat(parse("[x]\npattern = ^x$\naggregationMethod = max\n").ruleFor("y"))
        .isEqualTo(new Aggregation(0.5f, AggregationMethod.AVERAGE));
    assertThat(StorageAggregation.empty().ruleFor("y")).isEqualTo(Aggregation.WHISPER_DEFAULT);
  }

  @Test
  void fillsAKeyTheMatchingSectionLeavesOutWithWhispersDefault() throws Exception {
    StorageAggregation a =
        parse(
            "[max]\npattern = max$\naggregationMethod = max\n"
                + "[xff]\npattern = xff$\nxFilesFactor = 0.1\n"
                + "[all]\npattern = .\nxFilesFactor = 0\naggregationMethod = sum\n");
    assertThat(a.ruleFor("a.max")).isEqualTo(new Aggregation(0.5f, AggregationMethod.MAX));
    // A section that matches ends the search even when it sets only one key, as in carbon.
    assertThat(a.ruleFor("a.xff")).isEqualTo(new Aggregation(0.1f, AggregationMethod.AVERAGE));
  }

  @Test
  void acceptsEveryWhisperMethod() throws Exception {
    for (AggregationMethod m : AggregationMethod.values()) {
      String text = "[a]\npattern = .\naggregationMethod = " + m.configName() + "\n";
      assertThat(parse(text).ruleFor("x").method()).isEqualTo(m);
    }
  }

  @Test
  void acceptsXffBoundsAndExponents() throws Exception {
    assertThat(parse("[a]\npattern = .\nxFilesFactor = 1\n").ruleFor("x").xFilesFactor())
        .isEqualTo(1f);
    assertThat(parse("[a]\npattern = .\nxFilesFactor = 5e-1\n").ruleFor("x").xFilesFactor())
        .isEqualTo(0.5f);
    assertThat(parse("[a]\npattern = .\nxFilesFactor = .25\n").ruleFor("x").xFilesFactor())
        .isEqualTo(0.25f);
  }

  @Test
  void rejectsUnknownMethod() {
    assertRejected(
        "[a]\npattern = .\naggregationMethod = median\n",
        "line 3: section [a]: unknown aggregationMethod 'median'; expected one of average, sum,"
            + " last, max, min, avg_zero, absmax, absmin");
  }

  @Test
  void rejectsMethodInWrongCaseAsWhisperDoes() {
    assertThatThrownBy(() -> parse("[a]\npattern = .\naggregationMethod = Sum\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown aggregationMethod 'Sum'");
  }

  @Test
  void rejectsXffOutOfRange() {
    assertRejected(
        "[a]\npattern = .\nxFilesFactor = 1.5\n",
        "line 3: section [a]: xFilesFactor 1.5 is outside 0..1");
    assertRejected(
        "[a]\npattern = .\nxFilesFactor = -0.1\n",
        "line 3: section [a]: xFilesFactor -0.1 is outside 0..1");
  }

  @Test
  void rejectsXffThatIsNotANumber() {
    for (String bad : new String[] {"half", "nan", "inf", "0,5", "", "0x1p-1", "1_0"}) {
      assertThatThrownBy(() -> parse("[a]\npattern = .\nxFilesFactor = " + bad + "\n"))
          .as(bad)
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              "storage-aggregation.conf line 3: section [a]: xFilesFactor '"
                  + bad
                  + "' is not a number");
    }
  }

  @Test
  void rejectsSectionWithoutPatternAndUnknownKeys() {
    assertRejected("[a]\nxFilesFactor = 0\n", "line 1: section [a] has no 'pattern'");
    assertRejected(
        "[a]\npattern = .\naggregationMethods = sum\n",
        "line 3: unknown key 'aggregationmethods' in section [a]; expected one of"
            + " aggregationmethod, pattern, xfilesfactor");
  }

  @Test
  void rejectsInvalidRegex() {
    assertThatThrownBy(() -> parse("[a]\npattern = [abc\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "storage-aggregation.conf line 2: section [a]: invalid regex '[abc': unterminated");
  }
}
