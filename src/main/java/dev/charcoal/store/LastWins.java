package dev.charcoal.store;

import java.util.Arrays;

/**
 * Resolves duplicate timestamps in a metric's cached points as carbon's cache does: the value
 * received last wins. Points usually arrive in time order, so the common case only checks.
 */
final class LastWins {
  private LastWins() {}

  /** The points sorted by timestamp with one value per timestamp. */
  static CachedPoints resolve(CachedPoints points) {
    long[] ts = points.timestamps();
    int n = points.count();
    boolean increasing = true;
    for (int i = 1; i < n && increasing; i++) {
      increasing = ts[i - 1] < ts[i];
    }
    if (increasing) {
      return points;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // stable: equal timestamps keep arrival order, so the last of each run is the newest value
    Arrays.sort(order, (a, b) -> Long.compare(ts[a], ts[b]));
    long[] outTs = new long[n];
    double[] outValues = new double[n];
    int out = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (out > 0 && outTs[out - 1] == ts[i]) {
        outValues[out - 1] = points.values()[i];
      } else {
        outTs[out] = ts[i];
        outValues[out] = points.values()[i];
        out++;
      }
    }
    return new CachedPoints(points.metric(), outTs, outValues, out);
  }
}
