package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code exponentialMovingAverage(x, 10)}: {@code ema = c × value + (1 - c) × ema} with {@code c =
 * 2 / (window + 1)}, seeded with the plain average of the window before the request (re-fetched as
 * for {@link MovingWindow}) and rounded to 6 decimals. As in graphite-web, an interval window
 * counts its seconds, not its points, in {@code c}; the seed is an extra first value, so the result
 * holds one value more than its time range; and a null leaves a null without resetting the average.
 * Named {@code exponentialMovingAverage(x,10)} or {@code ...(x,"5min")}, tagged with the window.
 */
@GraphiteFunction(
    name = "exponentialMovingAverage",
    group = FunctionGroup.CALCULATE,
    description =
        "Exponential moving average with the constant 2 / (window + 1), seeded with the plain"
            + " average of the first window. Example:"
            + " exponentialMovingAverage(servers.*.transactions.count,10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "windowSize",
          type = ParamType.INT_OR_INTERVAL,
          required = true,
          suggestions = {
            "5",
            "7",
            "10",
            "\"1min\"",
            "\"5min\"",
            "\"10min\"",
            "\"30min\"",
            "\"1hour\""
          })
    })
public final class ExponentialMovingAverage implements SeriesFunction {
  private static final int DECIMALS = 6;
  private static final double SCALE = 1e6;

  /** Below this the scaled value's integer part is exact (2^52). */
  private static final double FAST_LIMIT = 0x1p52;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return List.of();
    }
    WindowSize window = WindowSize.of(args.value("windowSize"), seriesList);
    double constant = 2.0 / ((window.interval() ? window.previewSeconds() : window.count()) + 1);

    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : Refetch.withPreview(args, context, window.previewSeconds())) {
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("exponentialMovingAverage", window.tagValue());
      String name = "exponentialMovingAverage(" + series.name() + "," + window.label() + ")";
      int points = window.points(series);
      double[] input = series.values();
      double[] values = new double[1 + Math.max(0, input.length - points)];
      BitSet integers = new BitSet();
      double ema = seed(input, points);
      if (ema == 0) {
        // safeAvg(...) or 0: no average, or a zero one, becomes the int 0.
        ema = 0;
        integers.set(0);
      }
      values[0] = round(ema);
      for (int i = points; i < input.length; i++) {
        if (Double.isNaN(input[i])) {
          values[i - points + 1] = Double.NaN;
        } else {
          ema = constant * input[i] + (1 - constant) * ema;
          values[i - points + 1] = round(ema);
        }
      }
      result.add(
          Copies.copy(
              series, name, tags, series.start() + window.previewSeconds(), values, integers));
    }
    return result;
  }

  /** {@code safeAvg(series[:points]) or 0}: 0 for None. */
  private static double seed(double[] input, int points) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < Math.min(points, input.length); i++) {
      if (!Double.isNaN(input[i])) {
        sum += input[i];
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /**
   * Python's {@code round(x, 6)}: the exact binary value rounded half-even to 6 decimals, then the
   * nearest double, sign kept at 0. Fast path: {@code rint(x × 1e6) / 1e6} is that whenever the
   * scaled product is clear of a rounding tie by more than its own error (an integer below 2^53
   * divided by 1e6 is correctly rounded by IEEE division); otherwise exact decimal arithmetic.
   */
  static double round(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    double scaled = value * SCALE;
    double rounded;
    double tieDistance = Math.abs(Math.abs(scaled - Math.floor(scaled)) - 0.5);
    if (Math.abs(scaled) < FAST_LIMIT && tieDistance > 2 * Math.ulp(scaled)) {
      rounded = Math.rint(scaled) / SCALE;
    } else {
      rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }
    return rounded == 0 ? Math.copySign(0.0, value) : rounded;
  }
}
