package dev.charcoal.store.whisper;

import dev.charcoal.model.Retention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code precision:retention} definitions as whisper's {@code parseRetentionDef} does.
 *
 * <p>Each side is a bare integer or {@code <int><unit>}; a unit is any prefix of {@code seconds,
 * minutes, hours, days, weeks, years} (first match wins, so {@code m} is minutes). A bare precision
 * is seconds; a bare retention is a number of points ({@code 60:1440}); a retention with a unit is
 * divided by the precision, truncating ({@code 7m:1h} is 8 points).
 */
public final class RetentionParser {
  private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("^(\\d+)([a-z]+)$");
  private static final String[] UNITS = {"seconds", "minutes", "hours", "days", "weeks", "years"};
  private static final long[] UNIT_SECONDS = {1, 60, 3600, 86400, 86400 * 7, 86400 * 365};

  private RetentionParser() {}

  /** Parses one definition such as {@code 10s:6h}; throws with whisper's message if invalid. */
  public static Retention parse(String definition) {
    String def = definition.strip();
    int colon = def.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Invalid retention definition '" + definition + "'");
    }
    String precisionText = def.substring(0, colon);
    String pointsText = def.substring(colon + 1);

    long precision;
    if (isDigits(precisionText)) {
      precision = Long.parseLong(precisionText);
    } else {
      Matcher m = NUMBER_WITH_UNIT.matcher(precisionText);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "Invalid precision specification '" + precisionText + "'");
      }
      precision = times(m.group(1), unitSeconds(m.group(2)), definition);
    }

    long points;
    if (isDigits(pointsText)) {
      points = Long.parseLong(pointsText);
    } else {
      Matcher m = NUMBER_WITH_UNIT.matcher(pointsText);
      if (!m.matches()) {
        throw new IllegalArgumentException("Invalid retention specification '" + pointsText + "'");
      }
      if (precision == 0) {
        throw new IllegalArgumentException("Invalid precision specification '0'");
      }
      points = times(m.group(1), unitSeconds(m.group(2)), definition) / precision;
    }
    if (precision > WhisperFormat.MAX_TIMESTAMP || points > WhisperFormat.MAX_TIMESTAMP) {
      throw new IllegalArgumentException(
          "Invalid retention definition '"
              + definition
              + "': larger than whisper's 32-bit fields can store");
    }
    if (precision <= 0 || points <= 0) {
      throw new IllegalArgumentException(
          "Invalid retention definition '" + definition + "': precision and points must be > 0");
    }
    return new Retention(precision, points);
  }

  /** Parses a comma-separated list such as {@code 10s:6h,1m:7d,10m:5y}, keeping its order. */
  public static List<Retention> parseList(String definitions) {
    List<Retention> list = new ArrayList<>();
    for (String def : definitions.split(",")) {
      list.add(parse(def));
    }
    return list;
  }

  /** number × unit, refusing what overflows (whisper's header holds 32 bits anyway). */
  private static long times(String number, long unitSeconds, String definition) {
    try {
      return Math.multiplyExact(Long.parseLong(number), unitSeconds);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "Invalid retention definition '"
              + definition
              + "': larger than whisper's 32-bit fields can store");
    }
  }

  private static long unitSeconds(String unit) {
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].startsWith(unit)) {
        return UNIT_SECONDS[i];
      }
    }
    throw new IllegalArgumentException("Invalid unit '" + unit + "'");
  }

  /** Python's {@code str.isdigit()} for ASCII input: non-empty and all digits. */
  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
