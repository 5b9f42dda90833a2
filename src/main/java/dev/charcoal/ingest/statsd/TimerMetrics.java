package dev.charcoal.ingest.statsd;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * etsy's {@code lib/process_metrics.js} for one timer, with its order of operations so that the
 * doubles come out bit for bit the same: values sorted, cumulative sums and sums of squares, the
 * "lowest P %" aggregates per percentile ({@code k = round(|P| / 100 × n)}, none when k is 0;
 * negative P takes the top |P| %), population standard deviation in two passes, median, counts
 * scaled by the sample rate, histogram bins, then the {@code calculatedTimerMetrics} filter.
 *
 * <p>Not thread-safe (the flush reuses its buffers).
 */
final class TimerMetrics {
  /** etsy's filter key: {@code mean_90} and {@code mean_top10} both match {@code mean_percent}. */
  private static final Pattern PERCENT_SUFFIX = Pattern.compile("_(top)?\\d+$");

  private static final List<String> PLAIN =
      List.of("count", "count_ps", "lower", "upper", "mean", "median", "std", "sum", "sum_squares");

  /** Receives one sub-metric: {@code mean_90}, {@code count_ps}, {@code histogram.bin_1000}… */
  interface Out {
    void add(String sub, double value);
  }

  private final List<String> filter;
  private final double[] percentiles;

  /** Per percentile: count_P, mean_P, upper_P (or lower_P), sum_P, sum_squares_P; null if off. */
  private final String[][] percentileNames;

  private final double flushSeconds;
  private final boolean histogram;

  /** The plain sub-metrics the filter keeps. */
  private final Set<String> plain;

  private double[] cumulative = new double[64];
  private double[] cumulativeSquares = new double[64];

  TimerMetrics(StatsdConfig config) {
    filter = config.calculatedTimerMetrics();
    flushSeconds = config.flushInterval().toMillis() / 1000.0;
    percentiles = config.percentThreshold().stream().mapToDouble(Double::doubleValue).toArray();
    percentileNames = new String[percentiles.length][];
    for (int i = 0; i < percentiles.length; i++) {
      double p = percentiles[i];
      // String(P) with its first '.' made '_' and its first '-' made 'top': 99.9 → 99_9, -10 →
      // top10
      String s = JsNumbers.format(p).replaceFirst("\\.", "_").replaceFirst("-", "top");
      String[] names = {
        "count_" + s, "mean_" + s, (p > 0 ? "upper_" : "lower_") + s, "sum_" + s, "sum_squares_" + s
      };
      for (int j = 0; j < names.length; j++) {
        names[j] = enabled(names[j]) ? names[j] : null;
      }
      percentileNames[i] = names;
    }
    histogram = enabled("histogram");
    plain = PLAIN.stream().filter(this::enabled).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the filter keeps {@code sub} (no filter keeps all). */
  boolean enabled(String sub) {
    return filter.isEmpty()
        || filter.contains(PERCENT_SUFFIX.matcher(sub).replaceFirst("_percent"));
  }

  /** An empty timer (kept after a flush): only {@code count} and {@code count_ps}, both 0. */
  void emptyTimer(Out out) {
    emit(out, "count", 0);
    emit(out, "count_ps", 0);
  }

  /**
   * The sub-metrics of {@code n > 0} values (sorted here, in place).
   *
   * @param timerCount etsy's {@code timer_counters}, the values scaled by their sample rates
   */
  void compute(double[] values, int n, double timerCount, HistogramBins bins, Out out) {
    Arrays.sort(values, 0, n);
    if (cumulative.length < n) {
      cumulative = new double[Math.max(n, cumulative.length * 2)];
      cumulativeSquares = new double[cumulative.length];
    }
    double min = values[0];
    double max = values[n - 1];
    cumulative[0] = min;
    cumulativeSquares[0] = min * min;
    for (int i = 1; i < n; i++) {
      cumulative[i] = values[i] + cumulative[i - 1];
      cumulativeSquares[i] = (values[i] * values[i]) + cumulativeSquares[i - 1];
    }
    for (int p = 0; p < percentiles.length; p++) {
      percentile(values, n, p, out);
    }
    double sum = cumulative[n - 1];
    double sumSquares = cumulativeSquares[n - 1];
    double mean = sum / n;
    double sumOfDiffs = 0;
    for (int i = 0; i < n; i++) {
      sumOfDiffs += (values[i] - mean) * (values[i] - mean);
    }
    int mid = n / 2;
    double median = n % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    emit(out, "std", Math.sqrt(sumOfDiffs / n));
    emit(out, "upper", max);
    emit(out, "lower", min);
    emit(out, "count", timerCount);
    emit(out, "count_ps", timerCount / flushSeconds);
    emit(out, "sum", sum);
    emit(out, "sum_squares", sumSquares);
    emit(out, "mean", mean);
    emit(out, "median", median);
    if (histogram && bins.size() > 0) {
      int[] counts = bins.counts(values, n);
      for (int b = 0; b < counts.length; b++) {
        out.add("histogram." + bins.name(b), counts[b]);
      }
    }
  }

  private void percentile(double[] values, int n, int p, Out out) {
    double pct = percentiles[p];
    int k = n;
    double bound = values[n - 1];
    double sum = values[0];
    double sumSquares = values[0] * values[0];
    double mean = values[0];
    if (n > 1) {
      k = (int) Math.round(Math.abs(pct) / 100 * n);
      if (k == 0) {
        return;
      }
      if (pct > 0) {
        bound = values[k - 1];
        sum = cumulative[k - 1];
        sumSquares = cumulativeSquares[k - 1];
      } else {
        bound = values[n - k];
        // The top k of n values: etsy reads cumulative[-1] (undefined) when k == n and writes NaN;
        // all the values are the top n, so their sums are the totals.
        sum = k == n ? cumulative[n - 1] : cumulative[n - 1] - cumulative[n - k - 1];
        sumSquares =
            k == n
                ? cumulativeSquares[n - 1]
                : cumulativeSquares[n - 1] - cumulativeSquares[n - k - 1];
      }
      mean = sum / k;
    }
    String[] names = percentileNames[p];
    add(out, names[0], k);
    add(out, names[1], mean);
    add(out, names[2], bound);
    add(out, names[3], sum);
    add(out, names[4], sumSquares);
  }

  private void emit(Out out, String sub, double value) {
    if (plain.contains(sub)) {
      out.add(sub, value);
    }
  }

  private static void add(Out out, String name, double value) {
    if (name != null) {
      out.add(name, value);
    }
  }
}
