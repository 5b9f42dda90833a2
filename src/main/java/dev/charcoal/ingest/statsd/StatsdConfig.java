package dev.charcoal.ingest.statsd;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The embedded StatsD's settings, with etsy statsd's defaults and etsy's own key names, so that an
 * etsy config's keys mean the same here ({@link StatsdConfigFile} reads them from {@code
 * conf/statsd.json}).
 *
 * @param flushInterval etsy's {@code flushInterval} (10 s); also the divisor of every per-second
 *     rate
 * @param percentThreshold percentiles per timer ({@code [90]}); 99.9 is named {@code _99_9}, a
 *     negative P means the top |P| % and is named {@code _topP}
 * @param flushCounts etsy's {@code flush_counts}: also write counters' raw counts
 * @param deleteCounters drop a counter after a flush (else it is written as 0 until restart)
 * @param deleteTimers drop a timer after a flush (else {@code count} 0 is written forever)
 * @param deleteSets drop a set after a flush
 * @param deleteGauges drop a gauge not updated for {@code gaugesMaxTTL} flushes
 * @param gaugesMaxTTL flushes an idle gauge survives when deleteGauges is on
 * @param prefixStats name of statsd's own metrics ({@code statsd})
 * @param keyNameSanitize clean keys when they arrive (else only the name part, at flush)
 * @param calculatedTimerMetrics timer sub-metrics to write ({@code count}, {@code mean_percent},
 *     {@code histogram}…), empty for all
 * @param histogram per-timer histogram bins, the first rule whose metric is part of the key wins
 * @param graphite the Graphite naming options (etsy's {@code graphite: {…}} block)
 * @param maxKeys Charcoal's limit on distinct keys, so hostile input cannot fill the heap; new keys
 *     beyond it are counted as bad lines ({@code too-many-keys})
 */
public record StatsdConfig(
    Duration flushInterval,
    List<Double> percentThreshold,
    boolean flushCounts,
    boolean deleteCounters,
    boolean deleteTimers,
    boolean deleteSets,
    boolean deleteGauges,
    int gaugesMaxTTL,
    String prefixStats,
    boolean keyNameSanitize,
    List<String> calculatedTimerMetrics,
    List<HistogramRule> histogram,
    Graphite graphite,
    int maxKeys) {

  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(10);

  /** Shorter flushes would mostly measure the flush itself. */
  public static final Duration MIN_FLUSH_INTERVAL = Duration.ofMillis(100);

  /** About 300 MB of keys at ~300 bytes each: far above real use, well below a laptop's heap. */
  public static final int DEFAULT_MAX_KEYS = 1_000_000;

  public StatsdConfig {
    Objects.requireNonNull(flushInterval, "flushInterval");
    if (flushInterval.compareTo(MIN_FLUSH_INTERVAL) < 0) {
      throw new IllegalArgumentException(
          "flushInterval must be at least " + MIN_FLUSH_INTERVAL.toMillis() + " ms");
    }
    percentThreshold = List.copyOf(percentThreshold);
    for (double p : percentThreshold) {
      if (!(p >= -100 && p <= 100)) {
        throw new IllegalArgumentException(
            "percentThreshold must be between -100 and 100, not " + JsNumbers.format(p));
      }
    }
    if (gaugesMaxTTL < 1) {
      throw new IllegalArgumentException("gaugesMaxTTL must be at least 1");
    }
    if (prefixStats.isEmpty()
        || prefixStats.indexOf(';') >= 0
        || !KeyNames.sanitize(prefixStats).equals(prefixStats)) {
      throw new IllegalArgumentException(
          "prefixStats must be letters, digits and _ - . = only, not '" + prefixStats + "'");
    }
    calculatedTimerMetrics = List.copyOf(calculatedTimerMetrics);
    histogram = List.copyOf(histogram);
    Objects.requireNonNull(graphite, "graphite");
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1");
    }
  }

  /** etsy's defaults. */
  public static StatsdConfig defaults() {
    return new StatsdConfig(
        DEFAULT_FLUSH_INTERVAL,
        List.of(90.0),
        true,
        false,
        false,
        false,
        false,
        1,
        "statsd",
        true,
        List.of(),
        List.of(),
        Graphite.DEFAULTS,
        DEFAULT_MAX_KEYS);
  }

  /** This config with another flush interval ({@code charcoal serve --statsd-flush 10s}). */
  public StatsdConfig withFlushInterval(Duration interval) {
    return new StatsdConfig(
        interval,
        percentThreshold,
        flushCounts,
        deleteCounters,
        deleteTimers,
        deleteSets,
        deleteGauges,
        gaugesMaxTTL,
        prefixStats,
        keyNameSanitize,
        calculatedTimerMetrics,
        histogram,
        graphite,
        maxKeys);
  }

  /**
   * etsy graphite backend's naming options.
   *
   * @param legacyNamespace {@code stats.NAME}/{@code stats_counts.NAME} (the default) instead of
   *     {@code stats.counters.NAME.rate|count}; the prefixes below apply only when false
   * @param globalSuffix appended as {@code .suffix} before any tags, or null for none
   */
  public record Graphite(
      boolean legacyNamespace,
      String globalPrefix,
      String prefixCounter,
      String prefixTimer,
      String prefixGauge,
      String prefixSet,
      String globalSuffix) {
    public static final Graphite DEFAULTS =
        new Graphite(true, "stats", "counters", "timers", "gauges", "sets", null);

    public Graphite {
      Objects.requireNonNull(globalPrefix, "globalPrefix");
      Objects.requireNonNull(prefixCounter, "prefixCounter");
      Objects.requireNonNull(prefixTimer, "prefixTimer");
      Objects.requireNonNull(prefixGauge, "prefixGauge");
      Objects.requireNonNull(prefixSet, "prefixSet");
    }
  }

  /**
   * Histogram bins for timers whose key contains {@code metric} ({@code ""} matches all).
   *
   * @param bins exclusive upper bounds in order, {@code +∞} for etsy's {@code 'inf'}; empty turns
   *     histograms off for the matching timers
   */
  public record HistogramRule(String metric, List<Double> bins) {
    public HistogramRule {
      Objects.requireNonNull(metric, "metric");
      bins = List.copyOf(bins);
    }
  }
}
