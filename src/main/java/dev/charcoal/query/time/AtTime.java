package dev.charcoal.query.time;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * graphite-web's {@code parseATTime}: the {@code from}, {@code until} and {@code now} strings of a
 * render request, read in a time zone against a given "now".
 *
 * <p>The string is lower-cased and stripped of {@code _}, {@code ,} and spaces. All digits is a
 * unix timestamp, unless it is 8 digits that look like {@code YYYYMMDD}. Otherwise it is split at
 * the first {@code +} (or, failing that, the first {@code -}) into a reference, read by graphite's
 * parseTimeReference ({@code now}, {@code noon}, {@code 17:30_20240101}, {@code yesterday}, {@code
 * monday}...), and an offset ({@link TimeOffset}). A reference is a wall time in {@code zone}
 * (ambiguous and skipped wall times resolved as pytz's {@code localize} does); the offset is then
 * added as exact seconds, so {@code -1d} is always 86400 s even across a DST change.
 *
 * <p>Examples at now = 2024-03-10 12:00 UTC, zone UTC: {@code -1h} is 11:00, {@code midnight+1h} is
 * 01:00 that day, {@code 8am_yesterday} is 2024-03-09 08:00, {@code 20240101} is 2024-01-01 00:00,
 * {@code 1700000000} is that second.
 */
public final class AtTime {
  private static final int YYYYMMDD_LENGTH = 8;
  private static final int MIN_YYYYMMDD_YEAR = 1900;
  private static final int MAX_YYYYMMDD_MONTH = 12;
  private static final int MAX_YYYYMMDD_DAY = 31;

  private AtTime() {}

  /**
   * Parses one at-time string.
   *
   * @param text the from/until/now parameter as received
   * @param zone the request's time zone (see {@link RenderTimes#zone})
   * @param now the reference time for relative strings
   * @throws AtTimeException naming the string, for anything graphite-web refuses
   */
  public static Instant parse(String text, ZoneId zone, Instant now) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
    try {
      return parseWallTime(text, zone, now).instant();
    } catch (AtTimeException e) {
      throw new AtTimeException("invalid time \"" + text + "\": " + e.getMessage());
    }
  }

  private static PythonDateTime parseWallTime(String text, ZoneId zone, Instant now) {
    String s =
        PythonText.strip(text)
            .toLowerCase(Locale.ROOT)
            .replace("_", "")
            .replace(",", "")
            .replace(" ", "");
    if (PythonText.isDigits(s) && !looksLikeDate(s)) {
      return PythonDateTime.atEpochSecond(PythonText.parseInt(s), zone);
    }
    String ref;
    String offset;
    int plus = s.indexOf('+');
    int minus = s.indexOf('-');
    if (plus >= 0) {
      ref = s.substring(0, plus);
      offset = s.substring(plus);
    } else if (minus >= 0) {
      ref = s.substring(0, minus);
      offset = s.substring(minus);
    } else {
      ref = s;
      offset = "";
    }
    PythonDateTime reference = TimeReference.parse(ref, zone, PythonDateTime.at(now, zone));
    return reference.plusNormalized(
        java.time.Duration.ofSeconds(TimeOffset.seconds(offset).longValueExact()), zone);
  }

  /** graphite's test for 8 digits that are a date rather than a timestamp. */
  private static boolean looksLikeDate(String digits) {
    if (digits.length() != YYYYMMDD_LENGTH) {
      return false;
    }
    BigInteger year = PythonText.parseInt(digits.substring(0, 4));
    BigInteger month = PythonText.parseInt(digits.substring(4, 6));
    BigInteger day = PythonText.parseInt(digits.substring(6));
    return year.compareTo(BigInteger.valueOf(MIN_YYYYMMDD_YEAR)) > 0
        && month.compareTo(BigInteger.valueOf(MAX_YYYYMMDD_MONTH + 1L)) < 0
        && day.compareTo(BigInteger.valueOf(MAX_YYYYMMDD_DAY + 1L)) < 0;
  }
}
