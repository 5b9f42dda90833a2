package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsdConfigFileTest {
  private final List<String> warnings = new ArrayList<>();

  private StatsdConfig parse(String text) throws StatsdConfigException {
    return StatsdConfigFile.parse("conf/statsd.json", text, warnings::add);
  }

  @Test
  void defaultsAreEtsys() throws Exception {
    StatsdConfig c = parse("{}");
    assertThat(c).isEqualTo(StatsdConfig.defaults());
    assertThat(c.flushInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.percentThreshold()).containsExactly(90.0);
    assertThat(c.graphite().legacyNamespace()).isTrue();
    assertThat(c.prefixStats()).isEqualTo("statsd");
    assertThat(warnings).isEmpty();
  }

  @Test
  void readsAnEtsyConfigObjectLiteralWithItsKeys() throws Exception {
    StatsdConfig c =
        parse(
            """
            /* an etsy exampleConfig.js, trimmed */
            {
              graphitePort: 2003,
              graphiteHost: "graphite.example.com",
              port: 8125,
              backends: [ "./backends/graphite" ],
              flushInterval: 5000,            // ms, as in etsy
              percentThreshold: [90, 99.9, -10],
              flush_counts: false,
              deleteIdleStats: true,
              deleteGauges: false,
              gaugesMaxTTL: 3,
              prefixStats: 'sd',
              keyNameSanitize: false,
              calculatedTimerMetrics: ['count', 'mean_percent'],
              histogram: [ { metric: 'foo', bins: [ 50, 100, 'inf' ] } ],
              graphite: { legacyNamespace: false, globalPrefix: 'g', globalSuffix: 'sfx', },
            }
            """);
    assertThat(c.flushInterval()).isEqualTo(Duration.ofMillis(5000));
    assertThat(c.percentThreshold()).containsExactly(90.0, 99.9, -10.0);
    assertThat(c.flushCounts()).isFalse();
    assertThat(c.deleteCounters()).isTrue();
    assertThat(c.deleteTimers()).isTrue();
    assertThat(c.deleteSets()).isTrue();
    assertThat(c.deleteGauges()).as("set explicitly, wins over deleteIdleStats").isFalse();
    assertThat(c.gaugesMaxTTL()).isEqualTo(3);
    assertThat(c.prefixStats()).isEqualTo("sd");
    assertThat(c.keyNameSanitize()).isFalse();
    assertThat(c.calculatedTimerMetrics()).containsExactly("count", "mean_percent");
    assertThat(c.histogram())
        .containsExactly(
            new StatsdConfig.HistogramRule("foo", List.of(50.0, 100.0, Double.POSITIVE_INFINITY)));
    assertThat(c.graphite())
        .isEqualTo(
            new StatsdConfig.Graphite(false, "g", "counters", "timers", "gauges", "sets", "sfx"));
    assertThat(warnings)
        .containsExactly(
            "conf/statsd.json: graphitePort does not apply to Charcoal's statsd, ignored",
            "conf/statsd.json: graphiteHost does not apply to Charcoal's statsd, ignored",
            "conf/statsd.json: port does not apply to Charcoal's statsd, ignored",
            "conf/statsd.json: backends does not apply to Charcoal's statsd, ignored");
  }

  @Test
  void warnsAboutUnknownKeys() throws Exception {
    parse("{flushIntervall: 1000, graphite: {legacyNamespaces: false}}");
    assertThat(warnings)
        .containsExactly(
            "conf/statsd.json: unknown key flushIntervall, ignored",
            "conf/statsd.json: unknown key graphite.legacyNamespaces, ignored");
  }

  @Test
  void takesAFlushIntervalAsADuration() throws Exception {
    assertThat(parse("{flushInterval: '1m'}").flushInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(parse("{percentThreshold: 95}").percentThreshold()).containsExactly(95.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{flushInterval: 'soon'} | flushInterval: 'soon' is not a duration",
        "{flushInterval: true} | flushInterval: expected milliseconds or a duration like \"10s\", got true",
        "{flushInterval: 10} | flushInterval must be at least 100 ms",
        "{percentThreshold: 'abc'} | percentThreshold: expected a number or a list of numbers, got \"abc\"",
        "{percentThreshold: [90, 'x']} | percentThreshold: expected a number or a list of numbers",
        "{percentThreshold: 150} | percentThreshold must be between -100 and 100, not 150",
        "{deleteIdleStats: 'yes'} | deleteIdleStats: expected true or false, got \"yes\"",
        "{gaugesMaxTTL: 0} | gaugesMaxTTL: expected a whole number of at least 1, got 0",
        "{gaugesMaxTTL: 1.5} | gaugesMaxTTL: expected a whole number of at least 1, got 1.5",
        "{prefixStats: 3} | prefixStats: expected a string, got 3",
        "{calculatedTimerMetrics: 'count'} | calculatedTimerMetrics: expected a list of strings",
        "{histogram: [{metric: 'a', bins: ['x']}]} | histogram: a bin must be a number or \"inf\", got \"x\"",
        "{histogram: {metric: 'a'}} | histogram: expected a list of {metric",
        "{graphite: {legacyNamespace: 'no'}} | graphite.legacyNamespace: expected true or false",
        "{graphite: 1} | graphite: expected an object, got 1",
        "{maxKeys: -5} | maxKeys: expected a whole number of at least 1, got -5",
        "[1, 2] | expected an object { ... }",
        "{flushInterval: } | not valid JSON",
        "{prefixStats: ''} | prefixStats must be letters, digits and _ - . = only, not ''",
        "{prefixStats: 'a b'} | prefixStats must be letters, digits and _ - . = only, not 'a b'",
      })
  void refusesBadValuesNamingTheKey(String text, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(StatsdConfigException.class)
        .hasMessageStartingWith("conf/statsd.json: " + message);
  }

  @Test
  void loadsTheFileFromTheDataDirOrUsesDefaults(@TempDir Path dataDir) throws Exception {
    assertThat(StatsdConfigFile.load(dataDir, warnings::add)).isEqualTo(StatsdConfig.defaults());
    Files.createDirectories(dataDir.resolve("conf"));
    Files.writeString(dataDir.resolve("conf/statsd.json"), "{\"flushInterval\": 2000}");
    assertThat(StatsdConfigFile.load(dataDir, warnings::add).flushInterval())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"500ms,PT0.5S", "10s,PT10S", "1m,PT1M", "2h,PT2H", "' 10s ',PT10S"})
  void readsShortDurations(String text, Duration expected) {
    assertThat(Durations.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"10", "1.5s", "10 s", "-1s", "1d", "s", "''"})
  void refusesOtherDurationsSayingWhatIsExpected(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a whole number and ms, s, m or h");
  }
}
