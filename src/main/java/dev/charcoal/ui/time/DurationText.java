package dev.charcoal.ui.time;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as files and settings fields write them: a whole number and a unit, {@code 500ms 10s 5m
 * 1h 7d 2w}.
 */
public final class DurationText {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d|w)");

  private DurationText() {}

  /** The shortest exact text: {@code 5m}, not {@code 300s}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) {
      return ms + "ms";
    }
    long s = ms / 1000;
    if (s % 604_800 == 0) {
      return s / 604_800 + "w";
    }
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** The duration {@code text} names. */
  public static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as 10s, 5m, 1h or 7d, not \"" + text + "\"");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofDays(7 * n);
        };
    if (d.isZero()) {
      throw new IllegalArgumentException("a duration must be positive, not \"" + text + "\"");
    }
    return d;
  }
}
