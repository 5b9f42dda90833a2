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
 * {@code mostDeviant(server*.memory.free, 5)}: the {@code n} series with the largest variance
 * (graphite-web ranks by the mean squared deviation, which it calls sigma), most deviant first,
 * names unchanged; series without values are left out.
 */
@GraphiteFunction(
    name = "mostDeviant",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "The N series that deviate most from their own mean. Example:"
            + " mostDeviant(servers.*.memory.free, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.INTEGER, required = true)
    })
public final class MostDeviant implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    if (!args.given("n")) {
      throw new EvalException("mostDeviant() missing 1 required positional argument: 'n'");
    }
    List<TimeSeries> deviants = new ArrayList<>();
    List<Double> sigmas = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = SeriesLists.iterate(series);
      double mean = Safe.average(values);
      if (Double.isNaN(mean)) {
        continue;
      }
      double squares = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          squares += (v - mean) * (v - mean);
        }
      }
      deviants.add(series);
      sigmas.add(squares / Safe.count(values));
    }
    double[] keys = sigmas.stream().mapToDouble(Double::doubleValue).toArray();
    return PythonValues.head(
        "mostDeviant", PythonValues.sort(deviants, keys, true), args.value("n"));
  }
}
