package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.time.TimeOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * graphite-web's Holt-Winters machinery, shared by the holtWinters* functions: the re-fetch of the
 * first argument with {@code bootstrapInterval} (7 days by default) of history before the request,
 * the triple exponential smoothing over it ({@code holtWintersAnalysis}: fixed alpha = gamma = 0.1,
 * beta = 0.0035, one season = {@code seasonality} / step points) and the confidence bands.
 *
 * <p>The arithmetic follows graphite-web's expressions term by term, so predictions match to the
 * last bit; a null input leaves a null intercept and zero slope, seasonal and deviation, and the
 * prediction after it is null.
 */
final class HoltWinters {
  private static final double ALPHA = 0.1;
  private static final double GAMMA = 0.1;
  private static final double BETA = 0.0035;

  private HoltWinters() {}

  /**
   * The smoothed series over the re-fetched range.
   *
   * @param predictions the forecast for each point, NaN for None
   * @param firstIsInt whether {@code predictions[0]} is a Python int (it is the first value itself)
   * @param deviations the smoothed absolute deviation from the forecast at each point
   */
  record Analysis(double[] predictions, boolean firstIsInt, double[] deviations) {}

  /** The series re-fetched with their history, and how many seconds of history were asked for. */
  record Bootstrap(List<TimeSeries> series, long previewSeconds) {}

  /** Re-evaluates the first argument from {@code from - bootstrapInterval}. */
  static Bootstrap bootstrap(Arguments args, EvalContext context) throws EvalException {
    long previewSeconds = seconds(args.string("bootstrapInterval", "7d"));
    if (previewSeconds < 0) {
      // graphite-web would fetch from after the request's start: no history, nonsense slices.
      throw new EvalException("bootstrapInterval must not be negative");
    }
    return new Bootstrap(Refetch.withPreview(args, context, previewSeconds), previewSeconds);
  }

  /** An interval's seconds, sign kept ({@code delta.seconds + delta.days * 86400}). */
  static long seconds(String interval) throws EvalException {
    try {
      return TimeOffset.parse(interval).getSeconds();
    } catch (IllegalArgumentException invalid) {
      throw new EvalException(invalid.getMessage(), invalid);
    }
  }

  /** graphite-web's {@code holtWintersAnalysis(series, seasonality)}. */
  static Analysis analyze(TimeSeries series, String seasonality) throws EvalException {
    long seasonLength = Math.floorDiv(seconds(seasonality), series.step());
    double[] actuals = series.values();
    int n = actuals.length;
    double[] intercepts = new double[n];
    double[] slopes = new double[n];
    double[] seasonals = new double[n];
    double[] predictions = new double[n];
    double[] deviations = new double[n];
    double nextPrediction = Double.NaN;
    for (int i = 0; i < n; i++) {
      double actual = actuals[i];
      if (Double.isNaN(actual)) {
        // Missing input breaks the maths: graphite-web records zeros and moves on.
        intercepts[i] = Double.NaN;
        predictions[i] = nextPrediction;
        nextPrediction = Double.NaN;
        continue;
      }
      if (seasonLength < 2) {
        // graphite-web reads the season before the next point, not yet computed: IndexError.
        throw new EvalException(
            "holtWinters: seasonality " + seasonality + " is under two points of the series");
      }
      double lastIntercept;
      double lastSlope;
      double prediction;
      if (i == 0) {
        lastIntercept = actual;
        lastSlope = 0;
        prediction = actual;
      } else {
        lastIntercept = Double.isNaN(intercepts[i - 1]) ? actual : intercepts[i - 1];
        lastSlope = slopes[i - 1];
        prediction = nextPrediction;
      }
      double lastSeasonal = lastSeason(seasonals, i, seasonLength);
      double nextLastSeasonal = lastSeason(seasonals, i + 1, seasonLength);
      double lastSeasonalDeviation = lastSeason(deviations, i, seasonLength);

      double intercept =
          ALPHA * (actual - lastSeasonal) + (1 - ALPHA) * (lastIntercept + lastSlope);
      double slope = BETA * (intercept - lastIntercept) + (1 - BETA) * lastSlope;
      double seasonal = GAMMA * (actual - intercept) + (1 - GAMMA) * lastSeasonal;
      nextPrediction = intercept + slope + nextLastSeasonal;
      double deviation =
          GAMMA * Math.abs(actual - (Double.isNaN(prediction) ? 0 : prediction))
              + (1 - GAMMA) * lastSeasonalDeviation;

      intercepts[i] = intercept;
      slopes[i] = slope;
      seasonals[i] = seasonal;
      predictions[i] = prediction;
      deviations[i] = deviation;
    }
    boolean firstIsInt = n > 0 && !Double.isNaN(actuals[0]) && series.isInteger(0);
    return new Analysis(predictions, firstIsInt, deviations);
  }

  /** The value one season before point {@code i}, 0 in the first season. */
  private static double lastSeason(double[] values, int i, long seasonLength) {
    long j = i - seasonLength;
    return j >= 0 ? values[(int) j] : 0;
  }

  /** Python's {@code values[from:]}, negative {@code from} counting from the end. */
  static double[] from(double[] values, long from) {
    return Arrays.copyOfRange(values, first(values.length, from), values.length);
  }

  /** Where Python's {@code values[from:]} starts. */
  static int first(int length, long from) {
    return (int) (from < 0 ? Math.max(0, length + from) : Math.min(length, from));
  }

  /**
   * graphite-web's {@code holtWintersConfidenceBands}: for each re-fetched series, the forecast ±
   * delta deviations over the request, lower band first. Both carry the same tags (graphite-web
   * shares one dict): the series' own plus {@code holtWintersForecast}, {@code
   * holtWintersDeviation}, {@code holtWintersConfidenceUpper} and {@code
   * holtWintersConfidenceLower}, and the series' path expression.
   */
  static List<TimeSeries> bands(Arguments args, EvalContext context) throws EvalException {
    double delta = args.number("delta", 3);
    String seasonality = args.string("seasonality", "1d");
    Bootstrap bootstrap = bootstrap(args, context);
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : bootstrap.series()) {
      Analysis analysis = analyze(series, seasonality);
      long windowPoints = Math.floorDiv(bootstrap.previewSeconds(), series.step());
      double[] forecast = from(analysis.predictions(), windowPoints);
      double[] deviation = from(analysis.deviations(), windowPoints);
      double[] upper = new double[forecast.length];
      double[] lower = new double[forecast.length];
      for (int i = 0; i < forecast.length; i++) {
        double scaledDeviation = delta * deviation[i];
        upper[i] = forecast[i] + scaledDeviation;
        lower[i] = forecast[i] - scaledDeviation;
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      for (String tag :
          List.of(
              "holtWintersForecast",
              "holtWintersDeviation",
              "holtWintersConfidenceUpper",
              "holtWintersConfidenceLower")) {
        tags.put(tag, "1");
      }
      long start = series.start() + bootstrap.previewSeconds();
      for (var band : List.of(Map.entry("Lower", lower), Map.entry("Upper", upper))) {
        String name = "holtWintersConfidence" + band.getKey() + "(" + series.name() + ")";
        result.add(
            Copies.build(
                    name,
                    tags,
                    start,
                    series.end(),
                    series.step(),
                    band.getValue(),
                    new BitSet(),
                    series.xFilesFactor())
                .withPathExpression(series.pathExpression()));
      }
    }
    return result;
  }
}
