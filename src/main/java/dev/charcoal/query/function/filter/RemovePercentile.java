package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code removeAbovePercentile(servers.*.load, 95)} sets the values above the series' own nth
 * percentile to None; {@code removeBelowPercentile} those below it. Named {@code
 * removeAbovePercentile(servers.a.load, 95)} ({@code %g}), path expression too. graphite-web
 * computes the percentile with its nPercentile, which tags the series {@code nPercentile=95.0}; a
 * series without values keeps its values and gets no tag. {@code n = 0} is an error, as in
 * graphite-web.
 */
@GraphiteFunction(
    name = "removeAbovePercentile",
    group = FunctionGroup.FILTER_DATA,
    description =
        "Sets the values above the series' Nth percentile to null. Example:"
            + " removeAbovePercentile(servers.*.load, 95)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "removeBelowPercentile",
    group = FunctionGroup.FILTER_DATA,
    description =
        "Sets the values below the series' Nth percentile to null. Example:"
            + " removeBelowPercentile(servers.*.load, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class RemovePercentile implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.function();
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double n = args.number("n");
      String name = function + "(" + series.name() + ", " + PythonFormat.g(n) + ")";
      TimeSeries renamed = series.withName(name).withPathExpression(name);
      if (n == 0) {
        throw new EvalException("The requested percent is required to be greater than 0");
      }
      double[] sorted = Safe.nonNull(SeriesLists.iterate(series));
      Arrays.sort(sorted);
      double percentile;
      try {
        percentile = sorted.length == 0 ? Double.NaN : Percentiles.ofSorted(sorted, n);
      } catch (EvalException outOfRange) {
        percentile = Double.NaN; // graphite-web skips the series on this IndexError
      }
      if (Double.isNaN(percentile)) {
        out.add(renamed);
        continue;
      }
      TimeSeries tagged = renamed.withTag("nPercentile", PythonFormat.str(args.value("n")));
      // nPercentile's result has (end - start) / step points; with none, graphite-web skips.
      if ((series.end() - series.start()) / series.step() == 0) {
        out.add(tagged);
        continue;
      }
      out.add(Removal.apply(tagged, function.equals("removeAbovePercentile"), percentile));
    }
    return out;
  }
}
