package dev.charcoal.query.function.combine;

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
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code countSeries(a.*)}: a line at the number of series given (ints), named {@code
 * countSeries(a.*)}. With no argument at all: graphite-web's {@code constantLine(0)}, three points
 * of 0 over the request, named {@code 0}.
 */
@GraphiteFunction(
    name = "countSeries",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Draws a line at the number of series in the lists. Example: countSeries(carbon.agents.*.*)",
    params = {@Param(name = "seriesLists", type = ParamType.SERIES_LIST, multiple = true)})
public final class CountSeries implements SeriesFunction {
  /** graphite-web's constantLine draws three points: start, middle, end. */
  private static final int CONSTANT_LINE_POINTS = 3;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<List<TimeSeries>> lists = args.seriesLists("seriesLists");
    if (lists.isEmpty()) {
      return List.of(zeroLine(context));
    }
    SeriesLists.Normalized normalized = SeriesLists.normalize(lists);
    List<TimeSeries> all = normalized.series();
    int rows = 0;
    for (TimeSeries series : all) {
      rows = Math.max(rows, SeriesLists.iterate(series).length);
    }
    double[] values = new double[rows];
    Arrays.fill(values, all.size());
    BitSet ints = new BitSet();
    ints.set(0, rows);
    String name = "countSeries(" + SeriesLists.formatPathExpressions(all) + ")";
    return List.of(
        TimeSeries.of(
                name,
                name,
                normalized.start(),
                normalized.end(),
                normalized.step(),
                values,
                context.xFilesFactor())
            .withValues(values, ints));
  }

  private static TimeSeries zeroLine(EvalContext context) throws EvalException {
    long start = context.startTime();
    long end = context.endTime();
    long step = (end - start) / 2;
    if (step <= 0) {
      throw new EvalException("countSeries: the time range is too short for a line");
    }
    BitSet ints = new BitSet();
    ints.set(0, CONSTANT_LINE_POINTS);
    return TimeSeries.of(
            "0",
            "countSeries()",
            start,
            end,
            step,
            new double[CONSTANT_LINE_POINTS],
            context.xFilesFactor())
        .withValues(new double[CONSTANT_LINE_POINTS], ints);
  }
}
