package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Retention;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageSchemasTest {
  private static StorageSchemas parse(String text) throws ConfigException {
    return StorageSchemas.parse("storage-schemas.conf", text);
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage("storage-schemas.conf " + message);
  }

  @Test
  void firstMatchingSectionWinsInFileOrder() throws Exception {
    StorageSchemas s =
        parse(
            """
            [carbon]
            pattern = ^carbon\\.
            retentions = 60:90d

            [everything]
            pattern = .*
            retentions = 10s:6h,1m:7d,10m:5y

            [never]
            pattern = ^carbon\\.agents
            retentions = 1s:1h
            """);
    assertThat(s.match("carbon.agents.a.cpu").section()).isEqualTo("carbon");
    assertThat(s.schemaFor("carbon.agents.a.cpu")).containsExactly(new Retention(60, 129600));
    assertThat(s.schemaFor("servers.web01.cpu"))
        .containsExactly(
            new Retention(10, 2160), new Retention(60, 10080), new Retention(600, 262800));
  }

  @Test
  void matchesAnywhereInTheNameLikeReSearch() throws Exception {
    StorageSchemas s = parse("[cpu]\npattern = cpu\nretentions = 1m:1d\n");
    assertThat(s.match("servers.web01.cpu.user").section()).isEqualTo("cpu");
  }

  @Test
  void fallsBackToCarbonsOneMinuteForSevenDays() throws Exception {
    StorageSchemas s = parse("[carbon]\npattern = ^carbon\\.\nretentions = 60:90d\n");
    assertThat(s.match("app.requests")).isSameAs(StorageSchemas.FALLBACK);
    assertThat(s.schemaFor("app.requests")).containsExactly(new Retention(60, 10080));
    assertThat(parse("").schemaFor("x")).containsExactly(new Retention(60, 10080));
  }

  @Test
  void acceptsEveryUnitSpellingAndTheLegacyForm() throws Exception {
    StorageSchemas s =
        parse(
            "[a]\npattern = ^a$\nretentions = 10s:6h, 1min:7d ,10m:5y\n"
                + "[b]\npattern = ^b$\nretentions = 60:1440\n"
                + "[c]\npattern = ^c$\nretentions = 1h:2w,1d:1y\n");
    assertThat(s.schemaFor("a"))
        .containsExactly(
            new Retention(10, 2160), new Retention(60, 10080), new Retention(600, 262800));
    assertThat(s.schemaFor("b")).containsExactly(new Retention(60, 1440));
    assertThat(s.schemaFor("c"))
        .containsExactly(new Retention(3600, 336), new Retention(86400, 365));
  }

  @Test
  void readsRetentionsContinuedOnIndentedLines() throws Exception {
    StorageSchemas s = parse("[a]\npattern = .\nretentions = 10s:6h,\n    1m:7d\n");
    assertThat(s.schemaFor("x")).containsExactly(new Retention(10, 2160), new Retention(60, 10080));
  }

  @Test
  void returnsArchivesFinestFirstWhateverTheFileOrder() throws Exception {
    StorageSchemas s = parse("[a]\npattern = .\nretentions = 1m:7d,10s:6h\n");
    assertThat(s.schemaFor("x")).containsExactly(new Retention(10, 2160), new Retention(60, 10080));
  }

  @Test
  void translatesPythonOnlyRegexSyntax() throws Exception {
    StorageSchemas s = parse("[twice]\npattern = ^(?P<n>\\w+)\\.(?P=n)$\nretentions = 1m:1d\n");
    assertThat(s.match("web.web").section()).isEqualTo("twice");
    assertThat(s.match("web.db")).isSameAs(StorageSchemas.FALLBACK);
  }

  @Test
  void rejectsUnparsableRetention() {
    assertRejected(
        "[a]\npattern = .\nretentions = 10s:6h,banana\n",
        "line 3: section [a]: invalid retention 'banana': Invalid retention definition 'banana'");
  }

  @Test
  void rejectsUnknownUnit() {
    assertRejected(
        "[a]\npattern = .\nretentions = 10x:6h\n",
        "line 3: section [a]: invalid retention '10x:6h': Invalid unit 'x'");
  }

  @Test
  void rejectsEmptyAndTrailingCommaRetentions() {
    assertRejected(
        "[a]\npattern = .\nretentions =\n", "line 3: section [a]: 'retentions' is empty");
    assertRejected(
        "[a]\npattern = .\nretentions = 10s:6h,\n",
        "line 3: section [a]: invalid retention '': Invalid retention definition ''");
  }

  @Test
  void rejectsPrecisionThatDoesNotDivideTheNext() {
    assertRejected(
        "[a]\npattern = .\nretentions = 10s:6h,15s:7d\n",
        "line 3: section [a]: invalid retentions '10s:6h,15s:7d': Higher precision archives'"
            + " precision must evenly divide all lower precision archives' precision (archive0:"
            + " 10, archive1: 15)");
  }

  @Test
  void rejectsCoarserArchiveCoveringLessTime() {
    assertRejected(
        "[a]\npattern = .\nretentions = 10s:7d,1m:1d\n",
        "line 3: section [a]: invalid retentions '10s:7d,1m:1d': Lower precision archives must"
            + " cover larger time intervals than higher precision archives (archive0: 604800"
            + " seconds, archive1: 86400 seconds)");
  }

  @Test
  void rejectsDuplicatePrecision() {
    assertThatThrownBy(() -> parse("[a]\npattern = .\nretentions = 1m:1d,60s:7d\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("two archives with the same precision");
  }

  @Test
  void rejectsNumbersWhisperCannotStore() {
    assertThatThrownBy(() -> parse("[a]\npattern = .\nretentions = 1s:99999999999y\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("number too large");
    assertThatThrownBy(() -> parse("[a]\npattern = .\nretentions = 1s:5000000000\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("32-bit");
    assertThatThrownBy(() -> parse("[a]\npattern = .\nretentions = 1d:200y\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("32-bit");
  }

  @Test
  void rejectsSectionWithoutPatternOrRetentions() {
    assertRejected("[a]\nretentions = 1m:1d\n", "line 1: section [a] has no 'pattern'");
    assertRejected("\n[a]\npattern = .\n", "line 2: section [a] has no 'retentions'");
    assertRejected(
        "[a]\npattern =\nretentions = 1m:1d\n", "line 2: section [a]: 'pattern' is empty");
  }

  @Test
  void rejectsInvalidRegex() {
    assertThatThrownBy(() -> parse("[a]\npattern = ^(carbon\nretentions = 1m:1d\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "storage-schemas.conf line 2: section [a]: invalid regex '^(carbon': missing )");
  }

  @Test
  void rejectsUnknownKeys() {
    assertRejected(
        "[a]\npattern = .\nretention = 1m:1d\n",
        "line 3: unknown key 'retention' in section [a]; expected one of pattern, retentions");
  }

  @Test
  void reportsFileLineAndProblemSeparately() {
    assertThatThrownBy(() -> parse("[a]\npattern = .\nretentions = 1q:1d\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.file()).isEqualTo("storage-schemas.conf");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.problem()).startsWith("section [a]: invalid retention '1q:1d'");
            });
  }

  @Test
  void keepsRulesInOrder() throws Exception {
    StorageSchemas s =
        parse("[z]\npattern = z\nretentions = 1m:1d\n[a]\npattern = a\nretentions = 1m:1d\n");
    assertThat(s.rules()).extracting(SchemaRule::section).isEqualTo(List.of("z", "a"));
  }
}
