package dev.charcoal.ingest.statsd;

import java.util.ArrayList;
import java.util.List;

/**
 * The Graphite names etsy's graphite backend gives each flushed value, legacy namespace or not:
 * namespace, key name, sub-metric, then {@code .globalSuffix}, then the tags. For example {@code
 * stats.NAME} and {@code stats_counts.NAME} (legacy counters), {@code
 * stats.counters.NAME.rate|count}, {@code stats.timers.NAME.mean_90}, {@code stats.gauges.NAME},
 * {@code stats.sets.NAME.count}, {@code statsd.numStats} (legacy) or {@code stats.statsd.numStats}.
 */
final class GraphiteNames {
  private final boolean legacy;
  private final String counterRate;
  private final String counterCount;
  private final String timers;
  private final String gauges;
  private final String sets;
  private final String suffix;

  /** {@code stats.statsd.} or its non-legacy equivalent: where statsd's own metrics go. */
  private final String statsNamespace;

  private final String numStats;

  GraphiteNames(StatsdConfig config) {
    StatsdConfig.Graphite g = config.graphite();
    legacy = g.legacyNamespace();
    suffix = g.globalSuffix() == null ? "" : "." + g.globalSuffix();
    String prefixStats = config.prefixStats();
    if (legacy) {
      counterRate = "stats.";
      counterCount = "stats_counts.";
      timers = "stats.timers.";
      gauges = "stats.gauges.";
      sets = "stats.sets.";
      statsNamespace = "stats." + prefixStats + ".";
      numStats = prefixStats + ".numStats" + suffix;
    } else {
      List<String> global = g.globalPrefix().isEmpty() ? List.of() : List.of(g.globalPrefix());
      counterRate = counterCount = namespace(global, g.prefixCounter());
      timers = namespace(global, g.prefixTimer());
      gauges = namespace(global, g.prefixGauge());
      sets = namespace(global, g.prefixSet());
      // etsy formats these as if prefixStats were a key: only its name part is sanitised.
      String statsKey = prefixStats.split(";", -1)[0];
      statsNamespace =
          namespace(global, config.keyNameSanitize() ? statsKey : KeyNames.sanitize(statsKey));
      numStats = statsNamespace + "numStats" + suffix;
    }
  }

  private static String namespace(List<String> global, String prefix) {
    List<String> parts = new ArrayList<>(global);
    if (!prefix.isEmpty()) {
      parts.add(prefix);
    }
    return parts.isEmpty() ? "" : String.join(".", parts) + ".";
  }

  String counterRate(KeyState k) {
    return legacy ? counterRate + k.name + suffix + k.tags : name(counterCount, k, "rate");
  }

  String counterCount(KeyState k) {
    return legacy ? counterCount + k.name + suffix + k.tags : name(counterCount, k, "count");
  }

  /** {@code stats.timers.NAME.SUB}, SUB being {@code mean_90}, {@code histogram.bin_1000}… */
  String timer(KeyState k, String sub) {
    return name(timers, k, sub);
  }

  String gauge(KeyState k) {
    return gauges + k.name + suffix + k.tags;
  }

  String set(KeyState k) {
    return name(sets, k, "count");
  }

  String numStats() {
    return numStats;
  }

  /** statsd's own metrics: {@code processing_time}, {@code graphiteStats.calculationtime}… */
  String statsdMetric(String metric) {
    return statsNamespace + metric + suffix;
  }

  private String name(String namespace, KeyState k, String sub) {
    return namespace + k.name + "." + sub + suffix + k.tags;
  }
}
