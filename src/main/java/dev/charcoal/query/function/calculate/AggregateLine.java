package dev.charcoal.query.function.calculate;

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
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.SeriesTags;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code aggregateLine(x, 'max')}: a flat line at one aggregate of each whole series, named {@code
 * aggregateLine(x, 42.5)} ({@code %g} of the value, {@code None} when there is none). By default it
 * is graphite-web's {@code constantLine}: three points spanning the request, tagged only with the
 * value as name; with {@code keepStep=true} it keeps the series' own time range, step and tags.
 */
@GraphiteFunction(
    name = "aggregateLine",
    group = FunctionGroup.CALCULATE,
    description =
        "Draws a flat line at an aggregate (average, max, last...) of each whole series, over the"
            + " request or, with keepStep, at the series' own step. Example:"
            + " aggregateLine(servers.*.connections,'max')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, defaultValue = "\"average\""),
      @Param(name = "keepStep", type = ParamType.BOOLEAN, defaultValue = "false")
    })
public final class AggregateLine implements SeriesFunction {
  /** constantLine's three points: start, middle, end. */
  private static final int CONSTANT_LINE_POINTS = 3;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    PythonAggregator aggregator =
        new PythonAggregator(AggFunc.of(args.given("func") ? args.string("func") : "average"));
    boolean keepStep = args.bool("keepStep", false);
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = SeriesLists.iterate(series);
      double value = aggregator.apply(values, PythonAggregator.ints(series), 0, values.length);
      boolean integer = aggregator.integer() && !Double.isNaN(value);
      String name =
          "aggregateLine("
              + series.name()
              + ", "
              + (Double.isNaN(value) ? "None" : PythonFormat.g(value))
              + ")";
      result.add(
          keepStep
              ? line(series, name, value, integer, series.size())
              : constantLine(context, name, value, integer));
    }
    return result;
  }

  private static TimeSeries line(
      TimeSeries series, String name, double value, boolean integer, int length) {
    double[] values = new double[length];
    Arrays.fill(values, value);
    BitSet integers = new BitSet();
    if (integer) {
      integers.set(0, length);
    }
    return Copies.copy(series, name, series.tags(), series.start(), values, integers);
  }

  /**
   * graphite-web's {@code constantLine(value)} renamed: its tags stay those parsed from {@code
   * str(value)}, the name it had first.
   */
  private static TimeSeries constantLine(
      EvalContext context, String name, double value, boolean integer) throws EvalException {
    long start = context.startTime();
    long end = context.endTime();
    long step = (long) ((end - start) / 2.0);
    if (step <= 0) {
      throw new EvalException("aggregateLine: the time range is too short for a line");
    }
    String valueText =
        Double.isNaN(value)
            ? "None"
            : integer ? Long.toString((long) value) : PythonFormat.str(value);
    double[] values = new double[CONSTANT_LINE_POINTS];
    Arrays.fill(values, value);
    BitSet integers = new BitSet();
    if (integer) {
      integers.set(0, CONSTANT_LINE_POINTS);
    }
    return Copies.build(
        name,
        SeriesTags.parse(valueText),
        start,
        end,
        step,
        values,
        integers,
        context.xFilesFactor());
  }
}
