package dev.charcoal.ui.settings;

import dev.charcoal.store.rules.ConfigException;
import dev.charcoal.store.rules.FlushIntervalCheck;
import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageSchemas;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the settings dialog's fields and says what is wrong with them, each problem tied to its
 * field. The rules files are checked by the store's own parsers, so what passes here is what the
 * store will load.
 */
public final class SettingsCheck {
  /** The embedded StatsD's shortest flush (its {@code StatsdConfig.MIN_FLUSH_INTERVAL}). */
  static final Duration MIN_STATSD_FLUSH = Duration.ofMillis(100);

  /** etsy statsd's range for {@code percentThreshold}; negative means the top |P| %. */
  static final double MAX_PERCENTILE = 100;

  static final int MAX_PORT = 65_535;

  /** A host name or an IPv4 or IPv6 literal, checked by shape only (no lookup on the FX thread). */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]{1,253}|[0-9A-Fa-f:.]{2,45}");

  /** A field of the dialog. */
  public enum Field {
    BIND,
    CARBON_PORT,
    PICKLE_PORT,
    STATSD_PORT,
    HTTP_PORT,
    STATSD_FLUSH,
    PERCENTILES,
    SCHEMAS,
    AGGREGATION
  }

  /** What is wrong with one field. */
  public record Problem(Field field, String message) {}

  private SettingsCheck() {}

  /** The problems of {@code settings}; empty when it can be saved. */
  public static List<Problem> check(Settings settings) {
    List<Problem> problems = new ArrayList<>();
    Settings.Listeners l = settings.listeners();
    String bind = l.bind().strip();
    if (!HOST.matcher(bind).matches()) {
      problems.add(
          new Problem(Field.BIND, "The bind address must be an IP address or a host name."));
    }
    port(problems, Field.CARBON_PORT, "carbon", l.carbonPort());
    port(problems, Field.PICKLE_PORT, "pickle", l.picklePort());
    port(problems, Field.STATSD_PORT, "StatsD", l.statsdPort());
    port(problems, Field.HTTP_PORT, "HTTP", l.httpPort());
    distinct(problems, l);
    if (settings.statsdFlush().compareTo(MIN_STATSD_FLUSH) < 0) {
      problems.add(
          new Problem(
              Field.STATSD_FLUSH,
              "The flush interval must be at least " + MIN_STATSD_FLUSH.toMillis() + " ms."));
    }
    for (double p : settings.percentiles()) {
      if (!(Math.abs(p) <= MAX_PERCENTILE) || p == 0) {
        problems.add(
            new Problem(
                Field.PERCENTILES,
                "Percentiles lie between -100 and 100 and are not 0, not " + p + "."));
        break;
      }
    }
    rules(problems, Field.SCHEMAS, settings.schemas());
    rules(problems, Field.AGGREGATION, settings.aggregation());
    return problems;
  }

  /**
   * What the embedded StatsD names its flushes in etsy's default (legacy) namespace; the running
   * StatsD checks its actual names at start. The UI cannot ask the ingest package.
   */
  private static final List<String> STATSD_NAMES =
      List.of(
          "stats.*",
          "stats_counts.*",
          "stats.timers.*.mean",
          "stats.gauges.*",
          "stats.sets.*.count");

  /**
   * Warnings that do not stop a save: a flush interval that differs from the finest retention of
   * the schemas StatsD's names fall in (see {@link FlushIntervalCheck}). Empty when the schemas do
   * not parse (that is a problem of its own).
   */
  public static List<String> warnings(Settings settings) {
    try {
      StorageSchemas schemas = StorageSchemas.parse(RulesFiles.SCHEMAS, settings.schemas());
      return FlushIntervalCheck.check(schemas, STATSD_NAMES, settings.statsdFlush(), "StatsD");
    } catch (ConfigException | RuntimeException e) {
      return List.of();
    }
  }

  /** Whether {@code bind} keeps the listeners on this machine. */
  public static boolean isLoopback(String bind) {
    String b = bind.strip().toLowerCase(Locale.ROOT);
    return b.equals("localhost") || b.startsWith("127.") || b.equals("::1");
  }

  /** A port field: a whole number (0 picks any free port). */
  static int parsePort(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1; // reported by check() as out of range
    }
  }

  /** The flush field: {@code 10s}, {@code 500ms}, {@code 1m}. */
  static Duration parseFlush(String text) {
    return DurationText.parse(text);
  }

  /** The percentiles field: numbers separated by commas or spaces, e.g. {@code 90, 95, 99.9}. */
  static List<Double> parsePercentiles(String text) {
    List<Double> values = new ArrayList<>();
    for (String part : text.split("[,\\s]+")) {
      if (!part.isEmpty()) {
        try {
          values.add(Double.parseDouble(part));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("\"" + part + "\" is not a number.");
        }
      }
    }
    return values;
  }

  /** Percentiles as the field shows them: {@code 90, 99.9}. */
  static String formatPercentiles(List<Double> percentiles) {
    List<String> parts = new ArrayList<>();
    for (double p : percentiles) {
      parts.add(p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p));
    }
    return String.join(", ", parts);
  }

  private static void port(List<Problem> problems, Field field, String name, int port) {
    if (port < 0 || port > MAX_PORT) {
      problems.add(
          new Problem(field, "The " + name + " port must be a number from 0 to " + MAX_PORT + "."));
    }
  }

  private static void distinct(List<Problem> problems, Settings.Listeners l) {
    int[] ports = {l.carbonPort(), l.picklePort(), l.statsdPort(), l.httpPort()};
    Field[] fields = {Field.CARBON_PORT, Field.PICKLE_PORT, Field.STATSD_PORT, Field.HTTP_PORT};
    for (int i = 0; i < ports.length; i++) {
      for (int j = 0; j < i; j++) {
        if (ports[i] > 0 && ports[i] == ports[j]) {
          problems.add(new Problem(fields[i], "Port " + ports[i] + " is used by two listeners."));
        }
      }
    }
  }

  private static void rules(List<Problem> problems, Field field, String text) {
    try {
      if (field == Field.SCHEMAS) {
        StorageSchemas.parse(RulesFiles.SCHEMAS, text);
      } else {
        StorageAggregation.parse(RulesFiles.AGGREGATION, text);
      }
    } catch (ConfigException e) {
      problems.add(new Problem(field, e.getMessage()));
    } catch (RuntimeException e) {
      problems.add(new Problem(field, String.valueOf(e.getMessage())));
    }
  }
}
