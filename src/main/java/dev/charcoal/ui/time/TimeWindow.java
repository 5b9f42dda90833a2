package dev.charcoal.ui.time;

import java.time.Instant;
import java.util.Objects;

/** A resolved time range: what the charts show, {@code from} strictly before {@code until}. */
public record TimeWindow(Instant from, Instant until) {
  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!from.isBefore(until)) {
      throw new IllegalArgumentException("empty time window: " + from + " to " + until);
    }
  }

  /** {@code from} in epoch seconds, as a render request takes it. */
  public long fromSecond() {
    return from.getEpochSecond();
  }

  /** {@code until} in epoch seconds, rounded up so that the window is never cut short. */
  public long untilSecond() {
    return until.getNano() == 0 ? until.getEpochSecond() : until.getEpochSecond() + 1;
  }

  /** The length in milliseconds. */
  public long millis() {
    return until.toEpochMilli() - from.toEpochMilli();
  }
}
