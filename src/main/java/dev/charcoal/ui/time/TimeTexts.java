package dev.charcoal.ui.time;

import dev.charcoal.query.time.AtTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the custom range fields: a local date and time ({@code 2026-11-20 14:30}, seconds and the
 * time optional), or anything graphite's {@code from}/{@code until} accept ({@code -2d}, {@code
 * now}, {@code 17:00_yesterday}, an epoch second).
 */
public final class TimeTexts {
  /** How the fields show a time. */
  public static final DateTimeFormatter FIELD =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(FIELD, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));

  private TimeTexts() {}

  /**
   * The instant {@code text} names in {@code zone}, relative texts against {@code now}.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static Instant parse(String text, ZoneId zone, Instant now) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty time");
    }
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return LocalDateTime.parse(trimmed, format).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return LocalDate.parse(trimmed).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      // not a bare date: graphite's forms decide
    }
    return AtTime.parse(trimmed, zone, now);
  }

  /** How the fields show {@code instant}. */
  public static String format(Instant instant, ZoneId zone) {
    return FIELD.format(instant.atZone(zone));
  }
}
