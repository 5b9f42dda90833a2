package dev.charcoal.ingest.statsd;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short durations of flags and config files: {@code 500ms}, {@code 10s}, {@code 1m},
 * {@code 2h}; a whole number and a unit, nothing else ({@code charcoal serve --statsd-flush 10s}).
 */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private Durations() {}

  /**
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration (expected a whole number and ms, s, m or h: 10s)");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
