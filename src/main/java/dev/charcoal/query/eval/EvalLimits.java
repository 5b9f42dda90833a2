package dev.charcoal.query.eval;

/**
 * Bounds on one render request, so an absurd query is refused with a reason instead of exhausting
 * memory or time.
 *
 * @param maxSeries series fetched over the whole request (re-fetches included)
 * @param maxPoints values fetched over the whole request; 8 bytes each
 * @param maxRefetchDepth how deeply functions may re-evaluate (timeShift of timeShift ...)
 */
public record EvalLimits(int maxSeries, long maxPoints, int maxRefetchDepth) {
  /** 200,000 series, 100 M points (800 MB would be the worst case; the default heap bounds it). */
  public static final EvalLimits DEFAULT = new EvalLimits(200_000, 50_000_000L, 8);
}
