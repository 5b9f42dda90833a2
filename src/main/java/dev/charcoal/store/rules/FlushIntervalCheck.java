package dev.charcoal.store.rules;

import dev.charcoal.model.Retention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphite's classic silent loss: a writer that sends a point every {@code interval} (StatsD's
 * flush) into files whose finest archive has another step. A shorter interval puts several points
 * in one slot and whisper keeps only the last (StatsD's {@code stats_counts} lose counts); a longer
 * one leaves empty slots between points (gaps in every graph). This names each schema where that
 * happens, and what to change.
 */
public final class FlushIntervalCheck {
  private FlushIntervalCheck() {}

  /**
   * One warning per schema section that {@code names} fall in whose finest step differs from {@code
   * interval}; empty when they agree.
   *
   * @param writer who sends, for the message ({@code "StatsD"})
   * @param names examples of the names it writes ({@code stats.x}, {@code stats_counts.x}…)
   */
  public static List<String> check(
      StorageSchemas schemas, List<String> names, Duration interval, String writer) {
    Map<SchemaRule, List<String>> byRule = new LinkedHashMap<>();
    for (String name : names) {
      byRule.computeIfAbsent(schemas.match(name), rule -> new ArrayList<>()).add(name);
    }
    List<String> warnings = new ArrayList<>();
    byRule.forEach(
        (rule, matched) -> {
          Retention finest = rule.retentions().get(0);
          long stepMillis = finest.secondsPerPoint() * 1000;
          long intervalMillis = interval.toMillis();
          if (intervalMillis == stepMillis) {
            return;
          }
          String consequence =
              intervalMillis < stepMillis
                  ? "several flushes land in one slot and only the last is kept, so counts are"
                      + " lost"
                  : "slots between flushes stay empty, so graphs show gaps";
          warnings.add(
              String.format(
                  "%s flushes every %s but %s is stored at %ds (schema [%s]): %s. Set the flush"
                      + " interval to %ds, or give these names a schema of %s.",
                  writer,
                  seconds(interval),
                  String.join(", ", matched),
                  finest.secondsPerPoint(),
                  rule.section(),
                  consequence,
                  finest.secondsPerPoint(),
                  seconds(interval)));
        });
    return warnings;
  }

  private static String seconds(Duration interval) {
    long millis = interval.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
