package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsdServerTest {
  private static StatsdConfig config(String json) throws StatsdConfigException {
    return StatsdConfigFile.parse("test", json, w -> {});
  }

  @Test
  void writesEtsysLegacyNamesAtTheRoundedFlushTime() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.now += 499; // etsy rounds the flush time to the nearest second
    StatsdHarness.Flush flush =
        statsd.send("hits:20|c", "lat:100|ms", "temp:21|g", "users:a|s").flush();
    assertThat(flush.timestamps()).containsExactly(Math.round(statsd.now / 1000.0));
    assertThat(flush.values())
        .contains(
            entry("stats.hits", 2.0),
            entry("stats_counts.hits", 20.0),
            entry("stats.timers.lat.mean_90", 100.0),
            entry("stats.timers.lat.count_ps", 0.1),
            entry("stats.gauges.temp", 21.0),
            entry("stats.sets.users.count", 1.0),
            entry("stats.statsd.packets_received", 0.4),
            entry("stats_counts.statsd.metrics_received", 4.0),
            entry("stats_counts.statsd.bad_lines_seen", 0.0),
            entry("statsd.numStats", 7.0))
        .containsKeys(
            "stats.statsd.processing_time",
            "stats.statsd.graphiteStats.calculationtime",
            "stats.statsd.graphiteStats.last_flush",
            "stats.statsd.graphiteStats.last_exception",
            "stats.statsd.graphiteStats.flush_time",
            "stats.statsd.graphiteStats.flush_length")
        .doesNotContainKey("stats.gauges.statsd.timestamp_lag");
  }

  @Test
  void writesTheTimestampLagFromTheSecondFlushOn() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.flush();
    statsd.now += 3000; // this flush comes 3 s late
    assertThat(statsd.flush().get("stats.gauges.statsd.timestamp_lag")).isEqualTo(3.0);
    assertThat(statsd.flush().get("stats.gauges.statsd.timestamp_lag")).isEqualTo(0.0);
  }

  @Test
  void countsEachIntervalOnlyOnceInStatsdsOwnCounters() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.send("a:1|c\nbad", "b:1|c");
    StatsdHarness.Flush first = statsd.flush();
    assertThat(first.get("stats_counts.statsd.packets_received")).isEqualTo(2.0);
    assertThat(first.get("stats_counts.statsd.metrics_received")).isEqualTo(3.0);
    assertThat(first.get("stats_counts.statsd.bad_lines_seen")).isEqualTo(1.0);
    StatsdHarness.Flush second = statsd.send("c:1|c").flush();
    assertThat(second.get("stats_counts.statsd.packets_received")).isEqualTo(1.0);
    assertThat(second.get("stats_counts.statsd.bad_lines_seen")).isEqualTo(0.0);
  }

  @Test
  void gaugeDeltasApplyToTheValueKeptAcrossFlushes() {
    StatsdHarness statsd = new StatsdHarness();
    assertThat(statsd.send("g:50|g", "g:-3|g").flush().get("stats.gauges.g")).isEqualTo(47.0);
    assertThat(statsd.flush().get("stats.gauges.g")).isEqualTo(47.0);
    assertThat(statsd.send("g:+3|g").flush().get("stats.gauges.g")).isEqualTo(50.0);
    assertThat(statsd.send("g:-7|g").flush().get("stats.gauges.g")).isEqualTo(43.0);
    // A signed value on a zero gauge sets it (etsy), so a negative gauge needs a 0 first.
    assertThat(statsd.send("z:0|g", "z:-2|g").flush().get("stats.gauges.z")).isEqualTo(-2.0);
  }

  @Test
  void byDefaultKeepsWritingZerosForIdleKeys() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.send("c:5|c", "t:1|ms", "s:x|s", "g:3|g").flush();
    StatsdHarness.Flush idle = statsd.flush();
    assertThat(idle.values())
        .contains(
            entry("stats.c", 0.0),
            entry("stats.timers.t.count", 0.0),
            entry("stats.timers.t.count_ps", 0.0),
            entry("stats.sets.s.count", 0.0),
            entry("stats.gauges.g", 3.0))
        .doesNotContainKey("stats.timers.t.mean");
  }

  @Test
  void deleteIdleStatsForgetsKeysAndTheyComeBackWhenSentAgain() throws Exception {
    StatsdHarness statsd =
        new StatsdHarness(config("{deleteIdleStats: true, flushInterval: 1000}"));
    StatsdHarness.Flush first = statsd.send("c:5|c", "t:1|ms", "s:x|s", "g:3|g").flush();
    assertThat(first.values()).containsKeys("stats.c", "stats.gauges.g", "stats.sets.s.count");
    assertThat(statsd.aggregator.keyCount()).isEqualTo(3); // statsd's own counters only
    StatsdHarness.Flush idle = statsd.flush();
    assertThat(idle.values().keySet())
        .noneMatch(
            name ->
                name.matches(
                    "stats(_counts)?\\.[cgts]|stats\\.(gauges|sets|timers)\\.[cgts]\\b.*"));
    // The same thread's cache still points at the deleted keys: they must be found anew.
    StatsdHarness.Flush back = statsd.send("c:2|c", "g:+1|g").flush();
    assertThat(back.values()).contains(entry("stats_counts.c", 2.0), entry("stats.gauges.g", 1.0));
  }

  @Test
  void refusedFlushIsKeptAndDeliveredBeforeTheNextOne() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.failure = new IllegalStateException("disk full");
    statsd.send("a:1|c").flush();
    assertThat(statsd.delivered).isEmpty();
    assertThat(statsd.server.stats().failedFlushes()).isEqualTo(1);
    assertThat(statsd.server.stats().pendingPoints()).isPositive();
    statsd.failure = null;
    StatsdHarness.Flush second = statsd.send("a:2|c").flush();
    assertThat(statsd.delivered).hasSize(2);
    assertThat(statsd.delivered.get(0).get("stats_counts.a")).isEqualTo(1.0);
    assertThat(second.get("stats_counts.a")).isEqualTo(2.0);
    assertThat(second.get("stats.statsd.graphiteStats.last_exception"))
        .isEqualTo((double) (StatsdHarness.START_MILLIS / 1000 + 10));
    assertThat(statsd.server.stats().pendingPoints()).isZero();
    assertThat(statsd.server.stats().droppedPoints()).isZero();
  }

  @Test
  void givesUpTheOldestFlushesOnlyPastThePendingLimitAndCountsThem() {
    long limit = 100;
    StatsdHarness statsd = new StatsdHarness(StatsdConfig.defaults(), limit);
    statsd.failure = new IllegalStateException("store down");
    statsd.send("a:1|c").flush();
    for (int i = 0; i < 50 && statsd.server.stats().droppedPoints() == 0; i++) {
      statsd.flush();
    }
    StatsdStats stats = statsd.server.stats();
    assertThat(stats.droppedPoints()).isPositive();
    assertThat(stats.pendingPoints()).isLessThanOrEqualTo(limit);
    statsd.failure = null;
    statsd.flush();
    // The first flush (with a:1) was the one given up; all later ones arrive, in order.
    assertThat(statsd.delivered).allSatisfy(f -> assertThat(f.get("stats_counts.a")).isZero());
    assertThat(statsd.server.stats().pendingPoints()).isZero();
  }

  @Test
  void refusesKeysThatCarbonCannotStoreWithAReason() {
    StatsdHarness statsd = new StatsdHarness();
    statsd.send(":1|c", "y:1|c|#t1,t2", "ok:1|c|#a:1");
    StatsdStats stats = statsd.server.stats();
    assertThat(stats.badLinesByReason())
        .containsOnly(entry("empty-name", 1L), entry("bad-tags", 1L));
    assertThat(statsd.flush().values()).containsKey("stats.ok;a=1");
  }

  @Test
  void refusesNewKeysBeyondMaxKeysButKeepsCountingKnownOnes() throws Exception {
    StatsdHarness statsd = new StatsdHarness(config("{maxKeys: 5}"));
    statsd.send("a:1|c", "b:1|c", "c:1|c", "a:1|c");
    assertThat(statsd.server.stats().badLinesByReason()).containsOnly(entry("too-many-keys", 1L));
    assertThat(statsd.flush().get("stats_counts.a")).isEqualTo(2.0);
  }

  @Test
  void keysDifferingOnlyInTagOrderAreOneSeries() {
    StatsdHarness statsd = new StatsdHarness();
    StatsdHarness.Flush flush =
        statsd.send("req:1|c|#z:1,a:2", "req;z=1;a=2:1|c", "req:1|c|#a:2,z:1").flush();
    assertThat(flush.get("stats_counts.req;a=2;z=1")).isEqualTo(3.0);
    assertThat(flush.values().keySet())
        .filteredOn(n -> n.startsWith("stats_counts.req"))
        .hasSize(1);
  }

  @Test
  void flushIntervalScalesTheRates() {
    StatsdHarness statsd =
        new StatsdHarness(StatsdConfig.defaults().withFlushInterval(Duration.ofMillis(500)));
    StatsdHarness.Flush flush = statsd.send("c:10|c", "t:1|ms|@0.5").flush();
    assertThat(flush.get("stats.c")).isEqualTo(20.0);
    assertThat(flush.get("stats.timers.t.count_ps")).isEqualTo(4.0);
  }

  @Test
  void feedsFromSeveralThreadsWithoutLosingAValue() throws Exception {
    StatsdHarness statsd = new StatsdHarness();
    int threads = 4;
    int packets = 2_000;
    List<Thread> senders = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread sender =
          new Thread(
              () -> {
                for (int i = 0; i < packets; i++) {
                  statsd.send("shared:1|c\nlat:" + (i % 10) + "|ms\nu:" + i + "|s");
                }
              });
      senders.add(sender);
      sender.start();
    }
    for (Thread sender : senders) {
      sender.join();
    }
    StatsdHarness.Flush flush = statsd.flush();
    assertThat(flush.get("stats_counts.shared")).isEqualTo((double) threads * packets);
    assertThat(flush.get("stats.timers.lat.count")).isEqualTo((double) threads * packets);
    assertThat(flush.get("stats.sets.u.count")).isEqualTo((double) packets);
  }

  @Test
  void namesItsFlushesForTheSchemaCheck() throws StatsdConfigException {
    StatsdServer legacy =
        new StatsdServer(
            config("{}"), batch -> {}, java.time.InstantSource.fixed(java.time.Instant.EPOCH));
    assertThat(legacy.exampleNames())
        .containsExactly(
            "stats.*",
            "stats_counts.*",
            "stats.timers.*.mean",
            "stats.gauges.*",
            "stats.sets.*.count");
    StatsdServer modern =
        new StatsdServer(
            config("{\"graphite\": {\"legacyNamespace\": false, \"globalPrefix\": \"app\"}}"),
            batch -> {},
            java.time.InstantSource.fixed(java.time.Instant.EPOCH));
    assertThat(modern.exampleNames())
        .contains("app.counters.*.rate", "app.counters.*.count", "app.gauges.*");
  }
}
