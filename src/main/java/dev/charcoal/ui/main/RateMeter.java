package dev.charcoal.ui.main;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Points per second from a growing counter sampled now and then: the difference between two samples
 * over the time between them. A counter that went down (the backend restarted) starts over.
 */
final class RateMeter {
  private Instant lastTime;
  private long lastCount;

  /** Takes a sample; the rate since the previous one, empty for the first or after a reset. */
  OptionalDouble sample(Instant time, long count) {
    OptionalDouble rate = OptionalDouble.empty();
    if (lastTime != null && count >= lastCount && time.isAfter(lastTime)) {
      double seconds = Duration.between(lastTime, time).toNanos() / 1e9;
      rate = OptionalDouble.of((count - lastCount) / seconds);
    }
    lastTime = time;
    lastCount = count;
    return rate;
  }
}
