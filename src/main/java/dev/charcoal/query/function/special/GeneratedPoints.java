package dev.charcoal.query.function.special;

import dev.charcoal.query.eval.EvalException;

/**
 * The bound on series this package makes up from the time range alone (randomWalk, events):
 * graphite-web has none, so ten years at one point a second would exhaust memory.
 */
final class GeneratedPoints {
  /** More points than any screen or maxDataPoints needs: 80 MB of values. */
  static final long MAX = 10_000_000;

  private GeneratedPoints() {}

  /** The point count, or a refusal naming the function. */
  static int check(String function, long points) throws EvalException {
    if (points > MAX) {
      throw new EvalException(
          "%s would make %,d points; at most %,d: shorten the range or widen the step"
              .formatted(function, points, MAX));
    }
    return (int) Math.max(0, points);
  }
}
