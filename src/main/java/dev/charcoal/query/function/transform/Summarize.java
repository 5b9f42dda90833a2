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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summarize(x, "1h", "sum")}: the values gathered into buckets of the interval and
 * aggregated (sum by default; any aggregation function). Buckets lie on multiples of the interval
 * since the epoch (22:32 falls in 22:00-23:00 for "1h"), or, with {@code alignToFrom}, on multiples
 * counted from the series' start. Named {@code summarize(x, "1h", "sum")} ({@code , true} added for
 * alignToFrom), tagged {@code summarize=1h}, {@code summarizeFunction=sum}.
 */
@GraphiteFunction(
    name = "summarize",
    group = FunctionGroup.TRANSFORM,
    description =
        "Aggregates the values into buckets of an interval (sum by default), aligned to the"
            + " interval or, with alignToFrom, to the start. Example: summarize(counter.errors,"
            + " \"1hour\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "intervalString",
          type = ParamType.INTERVAL,
          required = true,
          suggestions = {"\"10min\"", "\"1h\"", "\"1d\""}),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"sum\""),
      @Param(name = "alignToFrom", type = ParamType.BOOLEAN, defaultValue = "false")
    })
public final class Summarize implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object intervalString = args.value("intervalString");
    long interval = Intervals.seconds(intervalString);
    String func = args.given("func") ? args.string("func") : "sum";
    boolean alignToFrom = args.bool("alignToFrom", false);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      // graphite-web divides by zero here, or loops forever (alignToFrom, negative intervals).
      Intervals.requirePositive("summarize", intervalString, interval);
      long newStart = series.start();
      long newEnd = series.end();
      if (!alignToFrom) {
        newStart -= Math.floorMod(newStart, interval);
        newEnd = newEnd - Math.floorMod(newEnd, interval) + interval;
      }
      Summary summary = Summary.of(series, AggFunc.of(func), interval, newStart, newEnd);
      if (alignToFrom) {
        newEnd = summary.end();
      }
      String name =
          "summarize(%s, \"%s\", \"%s\"%s)"
              .formatted(
                  series.name(),
                  PythonFormat.str(intervalString),
                  func,
                  alignToFrom ? ", true" : "");
      TimeSeries tagged =
          series
              .withTag("summarize", PythonFormat.str(intervalString))
              .withTag("summarizeFunction", func);
      out.add(
          Results.copy(
              tagged, name, newStart, newEnd, interval, summary.values(), summary.integers()));
    }
    return out;
  }
}
