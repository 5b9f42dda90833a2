package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.time.TimeOffset;
import java.util.List;

/**
 * The {@code windowSize} of movingWindow and exponentialMovingAverage (graphite-web's {@code
 * intOrInterval}): either a number of points or an interval string such as {@code '5min'}.
 *
 * <p>graphite-web re-fetches {@code previewSeconds} before the request: for an interval, its length
 * (sign dropped); for a number of points, that many of the coarsest step among the series first
 * given. The window then covers {@link #points} values of each re-fetched series.
 *
 * @param raw the argument as given (a String, or a number Python's {@code int()} truncates)
 * @param interval whether it is an interval string
 * @param previewSeconds how far before the request the re-fetch starts
 * @param count the number of points, for a window given as a number
 */
record WindowSize(Object raw, boolean interval, long previewSeconds, long count) {

  /** Reads the argument as graphite-web does; {@code seriesList} is not empty. */
  static WindowSize of(Object windowSize, List<TimeSeries> seriesList) throws EvalException {
    if (windowSize instanceof String text) {
      long seconds;
      try {
        seconds = Math.abs(TimeOffset.parse(text).getSeconds());
      } catch (IllegalArgumentException invalid) {
        throw new EvalException(invalid.getMessage(), invalid);
      }
      return new WindowSize(text, true, seconds, 0);
    }
    long count = pythonInt(windowSize);
    if (count < 0) {
      // graphite-web fetches a shorter range and slices with negative indexes: nonsense values.
      throw new EvalException("windowSize must not be negative: " + count);
    }
    long maxStep = 0;
    for (TimeSeries series : seriesList) {
      maxStep = Math.max(maxStep, series.step());
    }
    try {
      return new WindowSize(windowSize, false, Math.multiplyExact(maxStep, count), count);
    } catch (ArithmeticException tooLarge) {
      throw new EvalException("windowSize too large: " + count, tooLarge);
    }
  }

  /** Python's {@code int(value)} for the values an argument can hold. */
  private static long pythonInt(Object value) throws EvalException {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return (long) d.doubleValue();
    }
    throw new EvalException("windowSize must be a number or an interval string, got " + value);
  }

  /**
   * The window in points of a series with this step ({@code previewSeconds // step}); capped at
   * {@code Integer.MAX_VALUE}, which is longer than any series anyway.
   */
  int points(TimeSeries series) {
    return (int) Math.min(Integer.MAX_VALUE, interval ? previewSeconds / series.step() : count);
  }

  /** How the window appears in the result's name: {@code 5} or {@code "5min"}. */
  String label() {
    return interval ? "\"" + raw + "\"" : PythonFormat.str(raw);
  }

  /** The tag value graphite-web stores ({@code str(windowSize)}). */
  String tagValue() {
    return PythonFormat.str(raw);
  }
}
