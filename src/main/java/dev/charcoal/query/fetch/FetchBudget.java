package dev.charcoal.query.fetch;

import dev.charcoal.query.eval.EvalException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one render request may fetch in all: points (doubles held in memory) and series, summed over
 * every path expression and every re-fetch (timeShift, movingAverage…). The evaluator makes one per
 * request and fetches through {@link StoreSeriesFinder#within(FetchBudget)}, so that "a glob
 * matching everything" or "ten years at 10 s" is answered with a 400 naming the limit rather than
 * an OutOfMemoryError. Thread-safe, for evaluators that fetch in parallel.
 *
 * <p>A series is counted after it is read, so memory peaks at the limit plus one series; a single
 * series is bounded by its whisper archive (files are at most 2 GiB).
 */
public final class FetchBudget {
  /** 50 million doubles: 400 MB of values. */
  public static final long DEFAULT_MAX_POINTS = 50_000_000L;

  /** Half a million series: each costs a few hundred bytes beside its values. */
  public static final int DEFAULT_MAX_SERIES = 500_000;

  private final long maxPoints;
  private final int maxSeries;
  private final AtomicLong points = new AtomicLong();
  private final AtomicInteger series = new AtomicInteger();

  public FetchBudget(long maxPoints, int maxSeries) {
    if (maxPoints <= 0 || maxSeries <= 0) {
      throw new IllegalArgumentException(
          "fetch limits must be positive: " + maxPoints + " points, " + maxSeries + " series");
    }
    this.maxPoints = maxPoints;
    this.maxSeries = maxSeries;
  }

  /** A budget with the default limits, for one request. */
  public static FetchBudget perRequest() {
    return new FetchBudget(DEFAULT_MAX_POINTS, DEFAULT_MAX_SERIES);
  }

  /**
   * Counts a fetched series of {@code values} points.
   *
   * @throws EvalException when the request now holds more than either limit
   */
  void charge(String metric, int values) throws EvalException {
    long totalPoints = points.addAndGet(values);
    int totalSeries = series.incrementAndGet();
    if (totalPoints > maxPoints) {
      throw new EvalException(
          "the request fetches more than "
              + maxPoints
              + " points (reached at "
              + metric
              + "); narrow the time range or the paths");
    }
    if (totalSeries > maxSeries) {
      throw new EvalException(
          "the request fetches more than "
              + maxSeries
              + " series (reached at "
              + metric
              + "); narrow the paths");
    }
  }

  /** Points fetched so far. */
  public long points() {
    return points.get();
  }

  /** Series fetched so far. */
  public int series() {
    return series.get();
  }
}
