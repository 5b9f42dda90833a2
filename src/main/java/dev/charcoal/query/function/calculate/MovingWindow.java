package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code movingWindow(x, 10, 'median')} and its shorthands {@code movingAverage}, {@code
 * movingSum}, {@code movingMin}, {@code movingMax}, {@code movingMedian}: each point becomes the
 * aggregate of the window of points before it (the point itself excluded), or None when the window
 * holds fewer non-null values than the xFilesFactor asks. The window is a number of points or an
 * interval ({@code '5min'}); the data before the request window comes from evaluating the first
 * argument again from {@code from - window} (see {@link WindowSize}). The result starts {@code
 * window} seconds after the re-fetched series, is named {@code movingAverage(x,10)} or {@code
 * movingAverage(x,"5min")} after the called function ({@code moving} + the capitalized function
 * name for movingWindow, e.g. {@code movingMedian}), and carries that name as a tag with the window
 * as value.
 */
@GraphiteFunction(
    name = "movingWindow",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by an aggregate (average, median, sum...) of the points in the window"
            + " before it, a number of points or an interval. Example:"
            + " movingWindow(servers.web1.threads.busy,'5min','median',0.5)",
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
          }),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"average\""),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "movingAverage",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by the average of the points in the window before it, a number of"
            + " points or an interval. Example: movingAverage(servers.web1.threads.busy,'5min')",
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
          }),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "movingSum",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by the sum of the points in the window before it, a number of"
            + " points or an interval. Example: movingSum(servers.web1.errors,10)",
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
          }),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "movingMin",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by the smallest of the points in the window before it, a number of"
            + " points or an interval. Example: movingMin(servers.web1.latency,'1hour')",
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
          }),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "movingMax",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by the largest of the points in the window before it, a number of"
            + " points or an interval. Example: movingMax(servers.web1.latency,'1hour')",
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
          }),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "movingMedian",
    group = FunctionGroup.CALCULATE,
    description =
        "Replaces each point by the median of the points in the window before it, a number of"
            + " points or an interval. Example: movingMedian(servers.web1.threads.idle,'5min')",
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
          }),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
public final class MovingWindow implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return List.of();
    }
    WindowSize window = WindowSize.of(args.value("windowSize"), seriesList);
    String func = function(args);
    AggFunc aggFunc = AggFunc.of(func);
    // str.capitalize(): movingWindow(x, 5, 'rangeOf') is tagged movingRangeof.
    String tagName =
        "moving"
            + func.substring(0, 1).toUpperCase(Locale.ROOT)
            + func.substring(1).toLowerCase(Locale.ROOT);
    Double xFilesFactor = args.has("xFilesFactor") ? args.number("xFilesFactor") : null;

    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : Refetch.withPreview(args, context, window.previewSeconds())) {
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put(tagName, window.tagValue());
      String name = tagName + "(" + series.name() + "," + window.label() + ")";
      double xff = xFilesFactor != null ? xFilesFactor : series.xFilesFactor();
      int points = window.points(series);
      BitSet integers = new BitSet();
      double[] values = movingValues(series, points, aggFunc, xff, integers);
      result.add(
          Copies.copy(
              series, name, tags, series.start() + window.previewSeconds(), values, integers));
    }
    return result;
  }

  /** The function movingWindow was asked for; the shorthands' fixed one. */
  private static String function(Arguments args) throws EvalException {
    return switch (args.function()) {
      case "movingAverage" -> "average";
      case "movingSum" -> "sum";
      case "movingMin" -> "min";
      case "movingMax" -> "max";
      case "movingMedian" -> "median";
      default -> args.given("func") ? args.string("func") : "average";
    };
  }

  /**
   * One value per point from {@code points} on, each aggregating the non-null values of the {@code
   * points} before it (graphite-web passes the function only those).
   */
  private static double[] movingValues(
      TimeSeries series, int points, AggFunc aggFunc, double xff, BitSet integers)
      throws EvalException {
    double[] out = new double[Math.max(0, series.size() - points)];
    switch (aggFunc) {
      case SUM, AVERAGE ->
          SlidingWindows.sums(series, points, aggFunc == AggFunc.AVERAGE, xff, out, integers);
      case MIN, MAX ->
          SlidingWindows.extremes(series, points, aggFunc == AggFunc.MAX, xff, out, integers);
      case MEDIAN -> SlidingWindows.medians(series, points, xff, out, integers);
      default -> eachWindow(series, points, aggFunc, xff, out, integers);
    }
    return out;
  }

  /** {@link #movingValues} the plain way: the function applied to every window afresh. */
  static void eachWindow(
      TimeSeries series, int points, AggFunc aggFunc, double xff, double[] out, BitSet integers)
      throws EvalException {
    double[] input = series.values();
    boolean hasInts = !series.integers().isEmpty();
    double[] window = new double[Math.min(points, input.length)];
    boolean[] windowInts = hasInts ? new boolean[window.length] : null;
    PythonAggregator aggregator = new PythonAggregator(aggFunc);
    for (int i = points; i < input.length; i++) {
      int nonNull = 0;
      for (int j = i - points; j < i; j++) {
        if (!Double.isNaN(input[j])) {
          if (hasInts) {
            windowInts[nonNull] = series.isInteger(j);
          }
          window[nonNull++] = input[j];
        }
      }
      int at = i - points;
      if (nonNull > 0 && SeriesLists.xff(nonNull, points, xff)) {
        out[at] = aggregator.apply(window, windowInts, 0, nonNull);
        if (aggregator.integer() && !Double.isNaN(out[at])) {
          integers.set(at);
        }
      } else {
        out[at] = Double.NaN;
      }
    }
  }
}
