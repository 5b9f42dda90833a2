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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code timeStack(x, "1d", 0, 7)}: the series as it was 0, 1, ... 6 days ago, each drawn over the
 * requested range (the first argument is evaluated again once per shift), e.g. to average the same
 * hour over a week. Without a sign the unit goes back in time. Each result is named {@code
 * timeShift(x, -1d, 3)} and tagged {@code timeShiftUnit=-1d}, {@code timeShift=3}.
 */
@GraphiteFunction(
    name = "timeStack",
    group = FunctionGroup.TRANSFORM,
    description =
        "The series at several time shifts (start to end-1 times the unit), each drawn over the"
            + " requested range. Example: timeStack(Sales.widgets.largeBlue, \"1d\", 0, 7)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "timeShiftUnit",
          type = ParamType.INTERVAL,
          defaultValue = "\"1d\"",
          suggestions = {
            "\"1h\"", "\"6h\"", "\"12h\"", "\"1d\"", "\"2d\"", "\"7d\"", "\"14d\"", "\"30d\""
          }),
      @Param(name = "timeShiftStart", type = ParamType.INTEGER, defaultValue = "0"),
      @Param(name = "timeShiftEnd", type = ParamType.INTEGER, defaultValue = "7")
    })
public final class TimeStack implements SeriesFunction {
  /** More shifts than this are refused: each is a whole re-evaluation of the series. */
  static final long MAX_SHIFTS = 1_000;

  private static final long DEFAULT_END = 7;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String unit =
        args.given("timeShiftUnit") ? Intervals.backwardByDefault(args, "timeShiftUnit") : "-1d";
    long delta = Intervals.seconds(unit);
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return List.of();
    }
    TimeSeries first = seriesList.get(0);
    long from = truncated(args, "timeShiftStart", 0);
    long to = truncated(args, "timeShiftEnd", DEFAULT_END);
    if (to - from > MAX_SHIFTS) {
      throw new EvalException(
          "timeStack: at most %d shifts, asked for %d".formatted(MAX_SHIFTS, to - from));
    }
    List<TimeSeries> out = new ArrayList<>();
    for (long shift = from; shift < to; shift++) {
      long innerDelta;
      try {
        innerDelta = Math.multiplyExact(delta, shift);
      } catch (ArithmeticException overflow) {
        throw new EvalException("timeStack: date value out of range");
      }
      long start = Refetch.shift(context.startTime(), innerDelta);
      long end = Refetch.shift(context.endTime(), innerDelta);
      for (TimeSeries shifted : Refetch.seriesList(args, context, start, end)) {
        String name = "timeShift(" + shifted.name() + ", " + unit + ", " + shift + ")";
        TimeSeries renamed =
            shifted
                .withTag("timeShiftUnit", unit)
                .withTag("timeShift", Long.toString(shift))
                .withName(name)
                .withPathExpression(name);
        out.add(Results.retimed(renamed, first.start(), first.end()));
      }
    }
    return out;
  }

  /** Python's {@code int(value)}: a float argument is truncated. */
  private static long truncated(Arguments args, String param, long fallback) throws EvalException {
    return args.given(param) ? (long) args.number(param) : fallback;
  }
}
