package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.time.AtTime;
import dev.charcoal.query.time.AtTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code timeSlice(x, "00:00 20240101", "12:00 20240101")}: the values outside the two times (both
 * included, read like {@code from}/{@code until}) become null. As in graphite-web, point {@code i}
 * is taken to lie at the request's start plus {@code i} steps. Named {@code timeSlice(x, START,
 * END)} with epoch seconds, tagged {@code timeSliceStart}, {@code timeSliceEnd}; the path
 * expression stays.
 */
@GraphiteFunction(
    name = "timeSlice",
    group = FunctionGroup.TRANSFORM,
    description =
        "Keeps only the values between two times (inclusive; \"now\" by default for the end)."
            + " Example: timeSlice(network.core.port1, \"00:00 20140101\", \"11:59 20140630\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "startSliceAt", type = ParamType.DATE, required = true),
      @Param(name = "endSliceAt", type = ParamType.DATE, defaultValue = "\"now\"")
    })
public final class TimeSlice implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long start = time(args.string("startSliceAt"), context);
    long end = time(args.given("endSliceAt") ? args.string("endSliceAt") : "now", context);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      // graphite-web only writes None, so a point it keeps keeps its raw value even when the loop
      // read the series consolidated.
      double[] read = Results.read(series).values();
      double[] values = series.values().clone();
      BitSet ints = (BitSet) series.integers().clone();
      long time = context.startTime();
      for (int i = 0; i < read.length; i++) {
        if (Double.isNaN(read[i]) || time < start || time > end) {
          values[i] = Double.NaN;
          ints.clear(i);
        }
        time += series.step();
      }
      TimeSeries sliced =
          series
              .withValues(values, ints)
              .withTag("timeSliceStart", Long.toString(start))
              .withTag("timeSliceEnd", Long.toString(end));
      out.add(sliced.withName("timeSlice(" + series.name() + ", " + start + ", " + end + ")"));
    }
    return out;
  }

  /**
   * A date argument as graphite-web's parseATTime reads it. graphite-web reads relative times
   * against the wall clock; Charcoal against the request's {@code now}, so results repeat.
   */
  private static long time(String text, EvalContext context) throws EvalException {
    try {
      return AtTime.parse(text, context.zone(), Instant.ofEpochSecond(context.now()))
          .getEpochSecond();
    } catch (AtTimeException e) {
      throw new EvalException("timeSlice: " + e.getMessage(), e);
    }
  }
}
