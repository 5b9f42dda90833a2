package dev.charcoal.query.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The time range of a render request, as graphite-web's {@code parseOptions} sets it: {@code tz}
 * picks the zone (an unknown name falls back to the default, silently, as graphite-web does),
 * {@code now} defaults to the clock, {@code until} to now, {@code from} to {@code -1d}; a from
 * after until is swapped, and an empty range is an error.
 */
public final class RenderTimes {
  /** graphite-web's default for a missing {@code from}. */
  public static final String DEFAULT_FROM = "-1d";

  /** pytz finds zone names case-insensitively. */
  private static final Map<String, String> ZONE_IDS = new TreeMap<>();

  static {
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZONE_IDS.put(id.toLowerCase(Locale.ROOT), id);
    }
  }

  /** The resolved range: {@code from} before {@code until}, both in {@code zone}'s terms. */
  public record Window(Instant from, Instant until, Instant now, ZoneId zone) {}

  private RenderTimes() {}

  /**
   * The zone for a {@code tz} parameter: a tz database name in any letter case; null, unknown names
   * and bare offsets give {@code defaultZone} (graphite-web's {@code TIME_ZONE} setting).
   */
  public static ZoneId zone(String tz, ZoneId defaultZone) {
    Objects.requireNonNull(defaultZone, "defaultZone");
    if (tz == null) {
      return defaultZone;
    }
    String id = ZONE_IDS.get(tz.toLowerCase(Locale.ROOT));
    if (id == null) {
      return defaultZone;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return defaultZone;
    }
  }

  /**
   * Resolves a request's times. Each string parameter is null when absent (an empty string is
   * present, and means now, as in graphite-web).
   *
   * @throws AtTimeException for a string graphite-web refuses, or an empty range
   */
  public static Window resolve(
      String from, String until, String now, String tz, ZoneId defaultZone, InstantSource clock) {
    ZoneId zone = zone(tz, defaultZone);
    Instant reference = now != null ? AtTime.parse(now, zone, clock.instant()) : clock.instant();
    Instant untilTime = until != null ? AtTime.parse(until, zone, reference) : reference;
    Instant fromTime = AtTime.parse(from != null ? from : DEFAULT_FROM, zone, reference);
    if (fromTime.equals(untilTime)) {
      throw new AtTimeException("Invalid empty time range");
    }
    return fromTime.isBefore(untilTime)
        ? new Window(fromTime, untilTime, reference, zone)
        : new Window(untilTime, fromTime, reference, zone);
  }
}
