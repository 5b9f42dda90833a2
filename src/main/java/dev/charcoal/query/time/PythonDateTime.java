package dev.charcoal.query.time;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A pytz-aware Python datetime: local wall time plus the fixed offset pytz attached to it. Python
 * datetimes only hold years 1 to 9999; every step that Python checks is checked here, so strings
 * that overflow in graphite-web fail here too instead of giving a far-off date.
 */
record PythonDateTime(LocalDateTime local, ZoneOffset offset) {
  static final LocalDateTime MIN = LocalDateTime.of(1, 1, 1, 0, 0);
  static final LocalDateTime MAX = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);

  /** Where pytz's transition list starts: the smallest 32-bit time_t. */
  private static final long PYTZ_FIRST_TRANSITION = Integer.MIN_VALUE;

  /** pytz widens each local time by a day on both sides while localizing. */
  private static final Duration LOCALIZE_MARGIN = Duration.ofDays(1);

  /** pytz resolves a gap by localizing this long before it and adding it back. */
  private static final Duration GAP_PROBE = Duration.ofHours(6);

  Instant instant() {
    return local.toInstant(offset);
  }

  /** {@code datetime.fromtimestamp(ts, tz)} or {@code dt.astimezone(tz)}. */
  static PythonDateTime at(Instant instant, ZoneId zone) {
    try {
      ZoneOffset offset =
          instant.getEpochSecond() < PYTZ_FIRST_TRANSITION
              ? earliestOffset(zone.getRules())
              : pytzOffset(zone.getRules().getOffset(instant));
      long seconds = instant.getEpochSecond();
      checked(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
      return new PythonDateTime(
          checked(LocalDateTime.ofEpochSecond(seconds, instant.getNano(), offset)), offset);
    } catch (DateTimeException e) {
      throw outOfRange();
    }
  }

  static PythonDateTime atEpochSecond(BigInteger seconds, ZoneId zone) {
    if (seconds.bitLength() > Long.SIZE - 2) {
      throw new AtTimeException("timestamp out of range for platform time_t");
    }
    try {
      return at(Instant.ofEpochSecond(seconds.longValueExact()), zone);
    } catch (DateTimeException e) {
      throw outOfRange();
    }
  }

  /** pytz's {@code tz.localize(naive)} with its default {@code is_dst=False}. */
  static PythonDateTime localize(LocalDateTime naive, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return new PythonDateTime(naive, pytzOffset(rules.getOffset(naive)));
    }
    plus(naive, LOCALIZE_MARGIN.negated());
    plus(naive, LOCALIZE_MARGIN);
    ZoneOffset earliest = earliestOffset(rules);
    if (naive.toEpochSecond(earliest) < PYTZ_FIRST_TRANSITION) {
      return new PythonDateTime(naive, earliest);
    }
    List<ZoneOffset> offsets = rules.getValidOffsets(naive);
    if (offsets.size() == 1) {
      return new PythonDateTime(naive, pytzOffset(offsets.get(0)));
    }
    ZoneOffsetTransition transition = rules.getTransition(naive);
    if (offsets.isEmpty()) {
      // Not a wall time (spring forward): the offset from before the gap, as pytz does.
      LocalDateTime before = naive.minus(GAP_PROBE);
      List<ZoneOffset> earlier = rules.getValidOffsets(before);
      ZoneOffset offset = earlier.size() == 1 ? earlier.get(0) : transition.getOffsetBefore();
      return new PythonDateTime(naive, pytzOffset(offset));
    }
    // Twice a wall time (fall back): the non-DST one, else the later instant. (Debian's pytz reads
    // Europe/Dublin with negative DST, so it keeps IST there and differs from this by an hour.)
    ZoneOffset first = offsets.get(0);
    ZoneOffset second = offsets.get(1);
    boolean firstDst = rules.isDaylightSavings(naive.toInstant(first));
    boolean secondDst = rules.isDaylightSavings(naive.toInstant(second));
    if (firstDst != secondDst) {
      return new PythonDateTime(naive, pytzOffset(firstDst ? second : first));
    }
    return new PythonDateTime(naive, pytzOffset(transition.getOffsetAfter()));
  }

  /**
   * pytz reads the 32-bit part of the zone files, whose first transition is at -2^31 s
   * (1901-12-13T20:45:52Z); before it every zone keeps its first offset, usually local mean time.
   */
  private static ZoneOffset earliestOffset(ZoneRules rules) {
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    return pytzOffset(
        transitions.isEmpty()
            ? rules.getOffset(Instant.EPOCH)
            : transitions.get(0).getOffsetBefore());
  }

  /**
   * pytz rounds every offset to whole minutes (old Pythons refused seconds), which shows in the
   * local mean time of years before about 1900: Berlin's +00:53:28 is +00:53 there.
   */
  private static ZoneOffset pytzOffset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    return seconds % 60 == 0
        ? offset
        : ZoneOffset.ofTotalSeconds(Math.floorDiv(seconds + 30, 60) * 60);
  }

  /** {@code aware + timedelta} then {@code tz.normalize}: instant arithmetic, range-checked. */
  PythonDateTime plusNormalized(Duration delta, ZoneId zone) {
    plus(local, delta);
    Instant instant;
    try {
      instant = instant().plus(delta);
    } catch (DateTimeException | ArithmeticException e) {
      throw outOfRange();
    }
    return at(instant, zone);
  }

  /** {@code naive + timedelta} with Python's range check. */
  static LocalDateTime plus(LocalDateTime naive, Duration delta) {
    try {
      return checked(naive.plus(delta));
    } catch (DateTimeException | ArithmeticException e) {
      throw outOfRange();
    }
  }

  static LocalDateTime checked(LocalDateTime value) {
    if (value.isBefore(MIN) || value.isAfter(MAX)) {
      throw outOfRange();
    }
    return value;
  }

  private static AtTimeException outOfRange() {
    return new AtTimeException("date value out of range");
  }
}
