package dev.charcoal.ui.backend;

import dev.charcoal.store.rules.RulesFiles;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the settings dialog edits and the app applies: where the listeners bind, the embedded
 * StatsD's flush interval and percentiles, and the text of carbon's two rules files. The theme is
 * the window's own state and is not part of it.
 *
 * @param listeners address and ports of the listeners (take effect when the listeners restart)
 * @param statsdFlush etsy's {@code flushInterval}
 * @param percentiles etsy's {@code percentThreshold}
 * @param schemas the text of {@code storage-schemas.conf}
 * @param aggregation the text of {@code storage-aggregation.conf}
 */
public record Settings(
    Listeners listeners,
    Duration statsdFlush,
    List<Double> percentiles,
    String schemas,
    String aggregation) {

  /** Graphite's and StatsD's defaults, bound to the loopback address (INTERFACES.md). */
  public static final Listeners DEFAULT_LISTENERS =
      new Listeners("127.0.0.1", 2003, 2004, 8125, 8080);

  /** etsy statsd's default flush interval. */
  public static final Duration DEFAULT_STATSD_FLUSH = Duration.ofSeconds(10);

  /** etsy statsd's default percentiles. */
  public static final List<Double> DEFAULT_PERCENTILES = List.of(90.0);

  /** Charcoal's defaults, with its default rules files. */
  public static Settings defaults() {
    return new Settings(
        DEFAULT_LISTENERS,
        DEFAULT_STATSD_FLUSH,
        DEFAULT_PERCENTILES,
        RulesFiles.defaultText(RulesFiles.SCHEMAS),
        RulesFiles.defaultText(RulesFiles.AGGREGATION));
  }

  public Settings {
    Objects.requireNonNull(listeners, "listeners");
    Objects.requireNonNull(statsdFlush, "statsdFlush");
    percentiles = List.copyOf(percentiles);
    Objects.requireNonNull(schemas, "schemas");
    Objects.requireNonNull(aggregation, "aggregation");
  }

  /**
   * The listeners' address and ports; carbon's UDP listener shares the plaintext port, StatsD's TCP
   * listener the UDP one, as in {@code charcoal serve}.
   */
  public record Listeners(
      String bind, int carbonPort, int picklePort, int statsdPort, int httpPort) {
    public Listeners {
      Objects.requireNonNull(bind, "bind");
    }
  }
}
