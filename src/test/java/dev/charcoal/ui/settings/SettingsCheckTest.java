package dev.charcoal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.settings.SettingsCheck.Field;
import dev.charcoal.ui.settings.SettingsCheck.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {
  static Settings with(Settings.Listeners listeners) {
    Settings d = Settings.defaults();
    return new Settings(listeners, d.statsdFlush(), d.percentiles(), d.schemas(), d.aggregation());
  }

  static List<Field> fields(Settings s) {
    return SettingsCheck.check(s).stream().map(Problem::field).toList();
  }

  @Test
  void theDefaultsAreValid() {
    assertThat(SettingsCheck.check(Settings.defaults())).isEmpty();
  }

  @Test
  void portsMustBeInRangeAndUsedOnce() {
    assertThat(fields(with(new Settings.Listeners("127.0.0.1", 70000, 2004, 8125, 8080))))
        .containsExactly(Field.CARBON_PORT);
    assertThat(fields(with(new Settings.Listeners("127.0.0.1", 2003, -1, 8125, 8080))))
        .containsExactly(Field.PICKLE_PORT);
    assertThat(
            SettingsCheck.check(with(new Settings.Listeners("127.0.0.1", 2003, 2004, 2003, 8080))))
        .containsExactly(new Problem(Field.STATSD_PORT, "Port 2003 is used by two listeners."));
    // 0 picks any free port, so several zeros do not clash
    assertThat(fields(with(new Settings.Listeners("127.0.0.1", 0, 0, 0, 0)))).isEmpty();
  }

  @Test
  void theBindAddressIsAnAddressOrAHostName() {
    for (String ok :
        new String[] {"127.0.0.1", "0.0.0.0", "::1", "::", "localhost", "my-box.lan"}) {
      assertThat(fields(with(new Settings.Listeners(ok, 2003, 2004, 8125, 8080)))).as(ok).isEmpty();
    }
    for (String bad : new String[] {"", "  ", "my box", "host/24", "a;b"}) {
      assertThat(fields(with(new Settings.Listeners(bad, 2003, 2004, 8125, 8080))))
          .as(bad)
          .containsExactly(Field.BIND);
    }
    assertThat(SettingsCheck.isLoopback("127.0.0.1")).isTrue();
    assertThat(SettingsCheck.isLoopback("localhost")).isTrue();
    assertThat(SettingsCheck.isLoopback("0.0.0.0")).isFalse();
  }

  @Test
  void statsdValuesAreCheckedAsTheEmbeddedStatsdChecksThem() {
    Settings d = Settings.defaults();
    Settings fast =
        new Settings(
            d.listeners(), Duration.ofMillis(50), d.percentiles(), d.schemas(), d.aggregation());
    Settings badPct =
        new Settings(
            d.listeners(), d.statsdFlush(), List.of(90.0, 101.0), d.schemas(), d.aggregation());
    Settings top =
        new Settings(
            d.listeners(), d.statsdFlush(), List.of(-10.0, 99.9), d.schemas(), d.aggregation());

    assertThat(fields(fast)).containsExactly(Field.STATSD_FLUSH);
    assertThat(fields(badPct)).containsExactly(Field.PERCENTILES);
    assertThat(fields(top)).isEmpty();
    assertThat(SettingsCheck.parsePercentiles("90, 95 99.9")).containsExactly(90.0, 95.0, 99.9);
    assertThat(SettingsCheck.parsePercentiles("  ")).isEmpty();
    assertThatThrownBy(() -> SettingsCheck.parsePercentiles("90, ninety"))
        .hasMessageContaining("\"ninety\"");
    assertThat(SettingsCheck.formatPercentiles(List.of(90.0, 99.9))).isEqualTo("90, 99.9");
    assertThat(SettingsCheck.parseFlush("500ms")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void rulesAreCheckedByTheStoresParsersWithTheLine() {
    Settings d = Settings.defaults();
    Settings badSchemas =
        new Settings(
            d.listeners(),
            d.statsdFlush(),
            d.percentiles(),
            "[all]\npattern = .*\nretentions = 10s:forever\n",
            d.aggregation());
    Settings badAggregation =
        new Settings(
            d.listeners(),
            d.statsdFlush(),
            d.percentiles(),
            d.schemas(),
            "[x]\npattern = (\nxFilesFactor = 0.5\naggregationMethod = average\n");

    List<Problem> schemaProblems = SettingsCheck.check(badSchemas);
    assertThat(schemaProblems).extracting(Problem::field).containsExactly(Field.SCHEMAS);
    assertThat(schemaProblems.get(0).message()).startsWith("storage-schemas.conf line ");
    List<Problem> aggProblems = SettingsCheck.check(badAggregation);
    assertThat(aggProblems).extracting(Problem::field).containsExactly(Field.AGGREGATION);
    assertThat(aggProblems.get(0).message()).startsWith("storage-aggregation.conf line 2");
  }

  @Test
  void warnsWhenTheFlushDiffersFromTheStatsSchemaButStillSaves() {
    Settings d = Settings.defaults();
    assertThat(SettingsCheck.warnings(d)).isEmpty();
    Settings slowFlush =
        new Settings(
            d.listeners(), Duration.ofSeconds(60), d.percentiles(), d.schemas(), d.aggregation());
    assertThat(SettingsCheck.check(slowFlush)).isEmpty();
    assertThat(SettingsCheck.warnings(slowFlush))
        .singleElement()
        .asString()
        .contains("StatsD flushes every 60s")
        .contains("schema [stats]");
  }
}
