package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code smartSummarize(x, "1d", "sum", "days")}: like summarize, but the buckets start at the
 * series' start; with {@code alignTo} (years, months, weeks, days, hours, minutes, seconds) the
 * request's start is first moved back to the start of that unit in the request's time zone and the
 * series is fetched again from there, so daily buckets run from midnight. {@code "weeks"} aligns to
 * Monday, {@code "weeks3"} to ISO weekday 3. Named {@code smartSummarize(x, "1d", "sum")}, tagged
 * {@code smartSummarize=1d}, {@code smartSummarizeFunction=sum}.
 */
@GraphiteFunction(
    name = "smartSummarize",
    group = FunctionGroup.TRANSFORM,
    description =
        "Aggregates the values into buckets of an interval from the start of the range, optionally"
            + " first aligning the start to a calendar unit. Example:"
            + " smartSummarize(counter.errors, \"1d\", \"sum\", \"days\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "intervalString",
          type = ParamType.INTERVAL,
          required = true,
          suggestions = {"\"10min\"", "\"1h\"", "\"1d\""}),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"sum\""),
      @Param(
          name = "alignTo",
          type = ParamType.STRING,
          options = {
            "false",
            "null",
            "true",
            "\"days\"",
            "\"hours\"",
            "\"minutes\"",
            "\"months\"",
            "\"seconds\"",
            "\"weeks\"",
            "\"years\""
          })
    })
public final class SmartSummarize implements SeriesFunction {
  private static final int DAYS_PER_WEEK = 7;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    Object alignTo = args.value("alignTo");
    // true/false are the old alignToFrom, accepted and ignored; None means no alignment.
    if (alignTo != null && !(alignTo instanceof Boolean)) {
      long start = alignedStart(alignTo, context);
      seriesList = Refetch.seriesList(args, context, start, context.endTime());
    }
    Object intervalString = args.value("intervalString");
    long interval = Intervals.seconds(intervalString);
    String func = args.given("func") ? args.string("func") : "sum";
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      // graphite-web loops forever on an interval that is not positive.
      Intervals.requirePositive("smartSummarize", intervalString, interval);
      Summary summary =
          Summary.of(series, AggFunc.of(func), interval, series.start(), series.end());
      String name =
          "smartSummarize(%s, \"%s\", \"%s\")"
              .formatted(series.name(), PythonFormat.str(intervalString), func);
      TimeSeries tagged =
          series
              .withTag("smartSummarize", PythonFormat.str(intervalString))
              .withTag("smartSummarizeFunction", func);
      out.add(
          Results.copy(
              tagged,
              name,
              series.start(),
              summary.end(),
              interval,
              summary.values(),
              summary.integers()));
    }
    return out;
  }

  /** The request start moved back to the start of the alignTo unit (graphite's unit prefixes). */
  private static long alignedStart(Object alignTo, EvalContext context) throws EvalException {
    if (!(alignTo instanceof String unit)) {
      throw new EvalException("smartSummarize: alignTo must be a unit name, got " + alignTo);
    }
    LocalDateTime s = Refetch.wallTime(context);
    LocalDateTime aligned;
    if (unit.startsWith("s")) {
      aligned = s.truncatedTo(ChronoUnit.SECONDS);
    } else if (unit.startsWith("min")) {
      aligned = s.truncatedTo(ChronoUnit.MINUTES);
    } else if (unit.startsWith("h")) {
      aligned = s.truncatedTo(ChronoUnit.HOURS);
    } else if (unit.startsWith("d")) {
      aligned = s.truncatedTo(ChronoUnit.DAYS);
    } else if (unit.startsWith("w")) {
      return weekStart(unit, s, context);
    } else if (unit.startsWith("mon")) {
      aligned = s.toLocalDate().withDayOfMonth(1).atStartOfDay();
    } else if (unit.startsWith("y")) {
      aligned = s.toLocalDate().withDayOfYear(1).atStartOfDay();
    } else {
      throw new EvalException("smartSummarize: Invalid offset unit '" + unit + "'");
    }
    return Refetch.epoch(aligned, context);
  }

  /**
   * Midnight of the last ISO weekday named by the unit's final digit (Monday when it ends in a
   * letter), taken as graphite-web does: today minus (weekday - target) days, plus 7 when negative
   * (so a digit 0, 8 or 9 gives odd but faithful results).
   */
  private static long weekStart(String unit, LocalDateTime s, EvalContext context)
      throws EvalException {
    char last = unit.charAt(unit.length() - 1);
    int target;
    if (Character.isLetter(last)) {
      target = 1;
    } else if (Character.isDigit(last)) {
      target = Character.digit(last, 10);
    } else {
      throw new EvalException("smartSummarize: invalid week day in alignTo '" + unit + "'");
    }
    int days = s.getDayOfWeek().getValue() - target;
    if (days < 0) {
      days += DAYS_PER_WEEK;
    }
    // timedelta(days=...) is subtracted as exact seconds, at the same UTC offset.
    return Refetch.epoch(s.truncatedTo(ChronoUnit.DAYS), context) - days * 86_400L;
  }
}
