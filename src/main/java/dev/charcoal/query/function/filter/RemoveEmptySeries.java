package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code removeEmptySeries(servers.*.threads.busy, 0.5)}: keeps the series with at least one value,
 * or with at least the given share of non-null values (xFilesFactor); names unchanged.
 */
@GraphiteFunction(
    name = "removeEmptySeries",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Leaves out series without values (or with fewer non-null values than the xFilesFactor"
            + " share). Example: removeEmptySeries(servers.*.threads.busy)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "xFilesFactor", type = ParamType.FLOAT)
    })
public final class RemoveEmptySeries implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double xFilesFactor = args.number("xFilesFactor", 0);
    List<TimeSeries> kept = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      // graphite-web counts the non-null values as it iterates (consolidated) but divides by the
      // raw length.
      int nonNull = Safe.count(SeriesLists.iterate(series));
      if (series.size() > 0 && SeriesLists.xff(nonNull, series.size(), xFilesFactor)) {
        kept.add(series);
      }
    }
    return kept;
  }
}
