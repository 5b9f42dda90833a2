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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code timeShift(x, "1d")}: the series as it was a day earlier, drawn over the requested range
 * (the first argument is evaluated again over the shifted range). Without a sign the shift goes
 * back in time; {@code "+1h"} goes forward. The result starts where the unshifted series starts
 * and, with {@code resetEnd} (the default), ends where it ends. {@code alignDst} adds or removes an
 * hour when the whole request and the whole shifted range lie on different sides of a DST change,
 * so that 8:00 stays over 8:00. Named {@code timeShift(x, "-1d")}, tagged {@code timeShift=-1d}.
 */
@GraphiteFunction(
    name = "timeShift",
    group = FunctionGroup.TRANSFORM,
    description =
        "Draws the series as it was at another time, e.g. a week ago, over the requested range."
            + " No sign means back in time. Example: timeShift(Sales.widgets.largeBlue, \"7d\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "timeShift",
          type = ParamType.INTERVAL,
          required = true,
          suggestions = {
            "\"1h\"", "\"6h\"", "\"12h\"", "\"1d\"", "\"2d\"", "\"7d\"", "\"14d\"", "\"30d\""
          }),
      @Param(name = "resetEnd", type = ParamType.BOOLEAN, defaultValue = "true"),
      @Param(
          name = "alignDst",
          type = ParamType.BOOLEAN,
          defaultValue = "false",
          keyword = "alignDST")
    })
public final class TimeShift implements SeriesFunction {
  private static final long HOUR = 3_600;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String shift = Intervals.backwardByDefault(args, "timeShift");
    long delta = Intervals.seconds(shift);
    long start = Refetch.shift(context.startTime(), delta);
    long end = Refetch.shift(context.endTime(), delta);
    if (args.bool("alignDst", false)) {
      long dstOffset = dstOffset(context, start, end);
      start += dstOffset;
      end += dstOffset;
    }
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return List.of();
    }
    TimeSeries first = seriesList.get(0);
    boolean resetEnd = args.bool("resetEnd", true);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries shifted : Refetch.seriesList(args, context, start, end)) {
      long newEnd = resetEnd ? first.end() : shifted.end() - shifted.start() + first.start();
      TimeSeries renamed =
          shifted
              .withTag("timeShift", shift)
              .withName("timeShift(" + shifted.name() + ", \"" + shift + "\")");
      out.add(Results.retimed(renamed, first.start(), newEnd));
    }
    return out;
  }

  /**
   * graphite-web's alignDST: +1 h when the request lies wholly in DST and the shifted range wholly
   * outside it, -1 h the other way round, else 0. As graphite-web, it reads each time's wall clock
   * at the offset its unshifted counterpart had, then asks whether that wall time is DST.
   */
  private static long dstOffset(EvalContext context, long start, long end) {
    ZoneId zone = context.zone();
    ZoneOffset startOffset = zone.getRules().getOffset(Instant.ofEpochSecond(context.startTime()));
    ZoneOffset endOffset = zone.getRules().getOffset(Instant.ofEpochSecond(context.endTime()));
    boolean requestStart = isDst(context.startTime(), startOffset, zone);
    boolean requestEnd = isDst(context.endTime(), endOffset, zone);
    boolean shiftedStart = isDst(start, startOffset, zone);
    boolean shiftedEnd = isDst(end, endOffset, zone);
    if (requestStart && requestEnd && !shiftedStart && !shiftedEnd) {
      return HOUR;
    }
    if (!requestStart && !requestEnd && shiftedStart && shiftedEnd) {
      return -HOUR;
    }
    return 0;
  }

  private static boolean isDst(long time, ZoneOffset offset, ZoneId zone) {
    LocalDateTime wall = LocalDateTime.ofEpochSecond(time, 0, offset);
    Instant instant = ZonedDateTime.ofLocal(wall, zone, null).toInstant();
    return zone.getRules().isDaylightSavings(instant);
  }
}
