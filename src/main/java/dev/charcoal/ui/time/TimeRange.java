package dev.charcoal.ui.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What the user chose in the time-range bar: a span that ends now (moves with every refresh) or a
 * fixed window. Resolved against the clock into a {@link TimeWindow} for each refresh.
 */
public sealed interface TimeRange {
  /** The window this range covers when "now" is {@code now}. */
  TimeWindow resolve(Instant now);

  /** How the bar shows it, dates in {@code zone}. */
  String label(ZoneId zone);

  /** The last {@code span} up to now, as graphite's {@code from=-1h}. */
  record Relative(Duration span) implements TimeRange {
    public Relative {
      Objects.requireNonNull(span, "span");
      if (span.isNegative() || span.isZero()) {
        throw new IllegalArgumentException("span must be positive: " + span);
      }
    }

    @Override
    public TimeWindow resolve(Instant now) {
      return new TimeWindow(now.minus(span), now);
    }

    @Override
    public String label(ZoneId zone) {
      return "Last " + Durations.words(span);
    }
  }

  /** A fixed window, as a zoom or a custom range sets it. */
  record Absolute(Instant from, Instant until) implements TimeRange {
    private static final DateTimeFormatter LABEL =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public Absolute {
      new TimeWindow(from, until); // validates
    }

    @Override
    public TimeWindow resolve(Instant now) {
      return new TimeWindow(from, until);
    }

    @Override
    public String label(ZoneId zone) {
      return LABEL.format(from.atZone(zone)) + " → " + LABEL.format(until.atZone(zone));
    }
  }
}
