package dev.charcoal.query.time;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * graphite-web's {@code parseTimeReference}: the part of an at-time before its offset. An optional
 * time of day ({@code HH:MM}, {@code HH:MMam}, {@code 8am}, {@code 10pm}, {@code noon}, {@code
 * midnight}, {@code teatime}) followed by an optional day ({@code today}, {@code yesterday}, {@code
 * tomorrow}, {@code MM/DD/YY[YY]}, {@code YYYYMMDD}, a month name and day, a weekday name), read in
 * the request's zone. Its quirks are kept: {@code 12am} is noon and {@code 12pm} midnight, anything
 * between a month name and the last two characters is ignored.
 */
final class TimeReference {
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> WEEKDAYS =
      List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

  private static final int NOON = 12;
  private static final int TEATIME = 16;
  private static final int HOURS_PER_DAY = 24;

  private TimeReference() {}

  static PythonDateTime parse(String ref, ZoneId zone, PythonDateTime now) {
    if (ref.isEmpty() || ref.equals("now")) {
      return now;
    }
    String rawRef = ref;
    BigInteger hour = BigInteger.ZERO;
    BigInteger minute = BigInteger.ZERO;

    int i = ref.indexOf(':');
    if (i > 0 && i < 3) {
      hour = PythonText.parseInt(ref.substring(0, i));
      minute = PythonText.parseInt(PythonText.slice(ref, i + 1, i + 3));
      ref = PythonText.slice(ref, i + 3);
      if (ref.startsWith("am")) {
        ref = ref.substring(2);
      } else if (ref.startsWith("pm")) {
        hour = afternoon(hour);
        ref = ref.substring(2);
      }
    }
    i = ref.indexOf("am");
    if (i > 0 && i < 3) {
      hour = PythonText.parseInt(ref.substring(0, i));
      ref = ref.substring(i + 2);
    }
    i = ref.indexOf("pm");
    if (i > 0 && i < 3) {
      hour = afternoon(PythonText.parseInt(ref.substring(0, i)));
      ref = ref.substring(i + 2);
    }
    if (ref.startsWith("noon")) {
      hour = BigInteger.valueOf(NOON);
      minute = BigInteger.ZERO;
      ref = ref.substring(4);
    } else if (ref.startsWith("midnight")) {
      hour = BigInteger.ZERO;
      minute = BigInteger.ZERO;
      ref = ref.substring(8);
    } else if (ref.startsWith("teatime")) {
      hour = BigInteger.valueOf(TEATIME);
      minute = BigInteger.ZERO;
      ref = ref.substring(7);
    }

    int h = field(hour, 0, HOURS_PER_DAY - 1, "hour");
    int m = field(minute, 0, 59, "minute");
    LocalDateTime refDate = now.local().withHour(h).withMinute(m).withSecond(0).withNano(0);
    String prefix = PythonText.slice(ref, 0, 3);

    if (ref.equals("yesterday")) {
      refDate = PythonDateTime.plus(refDate, Duration.ofDays(-1));
    } else if (ref.equals("tomorrow")) {
      refDate = PythonDateTime.plus(refDate, Duration.ofDays(1));
    } else if (ref.equals("today")) {
      // today at the time of day given, if any
    } else if (ref.chars().filter(c -> c == '/').count() == 2) {
      String[] parts = ref.split("/", -1);
      BigInteger month = PythonText.parseInt(parts[0]);
      BigInteger day = PythonText.parseInt(parts[1]);
      BigInteger year = PythonText.parseInt(parts[2]);
      if (year.compareTo(BigInteger.valueOf(1900)) < 0) {
        year = year.add(BigInteger.valueOf(1900));
      }
      if (year.compareTo(BigInteger.valueOf(1970)) < 0) {
        year = year.add(BigInteger.valueOf(100));
      }
      refDate = date(year, month, day, h, m);
    } else if (ref.length() == 8 && PythonText.isDigits(ref)) {
      refDate =
          date(
              PythonText.parseInt(ref.substring(0, 4)),
              PythonText.parseInt(ref.substring(4, 6)),
              PythonText.parseInt(ref.substring(6, 8)),
              h,
              m);
    } else if (MONTHS.contains(prefix)) {
      BigInteger day;
      if (PythonText.isDigits(PythonText.tail(ref, 2))) {
        day = PythonText.parseInt(PythonText.tail(ref, 2));
      } else if (PythonText.isDigits(PythonText.tail(ref, 1))) {
        day = PythonText.parseInt(PythonText.tail(ref, 1));
      } else {
        throw new AtTimeException("Day of month required after month name");
      }
      refDate =
          date(
              BigInteger.valueOf(refDate.getYear()),
              BigInteger.valueOf(MONTHS.indexOf(prefix) + 1L),
              day,
              h,
              m);
    } else if (WEEKDAYS.contains(prefix)) {
      int today = refDate.getDayOfWeek().getValue() % 7;
      int dayOffset = today - WEEKDAYS.indexOf(prefix);
      if (dayOffset < 0) {
        dayOffset += 7;
      }
      refDate = PythonDateTime.plus(refDate, Duration.ofDays(-dayOffset));
    } else if (!ref.isEmpty()) {
      throw new AtTimeException("Unknown day reference: " + rawRef);
    }
    return PythonDateTime.localize(refDate, zone);
  }

  private static BigInteger afternoon(BigInteger hour) {
    return hour.add(BigInteger.valueOf(NOON)).mod(BigInteger.valueOf(HOURS_PER_DAY));
  }

  private static int field(BigInteger value, int min, int max, String name) {
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new AtTimeException(name + " must be in " + min + ".." + max);
    }
    return value.intValue();
  }

  /** Python's datetime(year, month, day, hour, minute) with its checks. */
  private static LocalDateTime date(
      BigInteger year, BigInteger month, BigInteger day, int hour, int minute) {
    int y = field(year, 1, 9999, "year");
    int mo = field(month, 1, 12, "month");
    int d = field(day, 1, 31, "day");
    try {
      return LocalDateTime.of(y, mo, d, hour, minute);
    } catch (DateTimeException e) {
      throw new AtTimeException("day is out of range for month");
    }
  }
}
