package dev.charcoal.query.time;

import java.math.BigInteger;
import java.time.Duration;

/**
 * graphite-web's {@code parseTimeOffset}: {@code -1h}, {@code +30min}, {@code 2weeks}, {@code
 * -1d12h}. One sign applies to every term. Units go by prefix: {@code s…} seconds, {@code min…}
 * minutes, {@code h…} hours, {@code d…} days, {@code w…} weeks, {@code mon…} 30 days, {@code y…}
 * 365 days; a bare {@code m} is refused. Functions such as timeShift and summarize read their
 * interval arguments with it too.
 */
public final class TimeOffset {
  private static final long SECONDS_PER_DAY = 86_400;

  /** Python's timedelta holds at most 999999999 days either way. */
  private static final BigInteger MIN_SECONDS = BigInteger.valueOf(-999_999_999L * SECONDS_PER_DAY);

  private static final BigInteger MAX_SECONDS =
      BigInteger.valueOf(999_999_999L * SECONDS_PER_DAY + SECONDS_PER_DAY - 1);

  private TimeOffset() {}

  /**
   * Parses an offset.
   *
   * @throws AtTimeException naming the offset, for anything graphite-web refuses
   */
  public static Duration parse(String offset) {
    try {
      return Duration.ofSeconds(seconds(offset).longValueExact());
    } catch (AtTimeException e) {
      throw new AtTimeException("invalid time offset \"" + offset + "\": " + e.getMessage());
    }
  }

  /** The offset in seconds; errors carry Python's reason only. */
  static BigInteger seconds(String offset) {
    if (offset.isEmpty()) {
      return BigInteger.ZERO;
    }
    int sign = 1;
    String rest = offset;
    if (!PythonText.isDigitChar(offset.charAt(0))) {
      if (offset.charAt(0) == '-') {
        sign = -1;
      } else if (offset.charAt(0) != '+') {
        throw new AtTimeException("Invalid offset: " + offset);
      }
      rest = offset.substring(1);
    }
    BigInteger total = BigInteger.ZERO;
    while (!rest.isEmpty()) {
      int digits = 0;
      while (digits < rest.length() && PythonText.isDigitChar(rest.charAt(digits))) {
        digits++;
      }
      BigInteger number = PythonText.parseInt(rest.substring(0, digits));
      rest = rest.substring(digits);
      int letters = 0;
      while (letters < rest.length() && Character.isLetter(rest.charAt(letters))) {
        letters++;
      }
      String unit = rest.substring(0, letters);
      rest = rest.substring(letters);
      BigInteger term = number.multiply(BigInteger.valueOf(sign * unitSeconds(unit)));
      total = inRange(total.add(inRange(term)));
    }
    return total;
  }

  /** attime's getUnitString, as seconds per unit. */
  private static long unitSeconds(String unit) {
    if (unit.startsWith("s")) {
      return 1;
    }
    if (unit.startsWith("min")) {
      return 60;
    }
    if (unit.startsWith("h")) {
      return 3_600;
    }
    if (unit.startsWith("d")) {
      return SECONDS_PER_DAY;
    }
    if (unit.startsWith("w")) {
      return 7 * SECONDS_PER_DAY;
    }
    if (unit.startsWith("mon")) {
      return 30 * SECONDS_PER_DAY;
    }
    if (unit.startsWith("y")) {
      return 365 * SECONDS_PER_DAY;
    }
    throw new AtTimeException("Invalid offset unit '" + unit + "'");
  }

  private static BigInteger inRange(BigInteger seconds) {
    if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      throw new AtTimeException("offset out of range (Python's timedelta holds 999999999 days)");
    }
    return seconds;
  }
}
