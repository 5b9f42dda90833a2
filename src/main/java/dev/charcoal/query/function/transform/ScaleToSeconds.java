package dev.charcoal.query.function.transform;

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
 * {@code scaleToSeconds(x, 1)}: each value, taken as an amount per step, turned into an amount per
 * {@code seconds} (value × seconds / step), rounded to 6 decimals. Named {@code
 * scaleToSeconds(x,1)} (the seconds printed with {@code %d}), tagged {@code scaleToSeconds=1.0}.
 */
@GraphiteFunction(
    name = "scaleToSeconds",
    group = FunctionGroup.TRANSFORM,
    description =
        "Rescales each point from a per-step amount to a per-N-seconds amount. Example:"
            + " scaleToSeconds(nonNegativeDerivative(servers.web1.bytes), 1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "seconds", type = ParamType.FLOAT, required = true)
    })
public final class ScaleToSeconds implements SeriesFunction {
  private static final int DECIMALS = 6;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double seconds = args.number("seconds");
    String printed = PythonNumbers.percentD(args.value("seconds"));
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double factor = seconds / series.step();
      String name = "scaleToSeconds(" + series.name() + "," + printed + ")";
      out.add(
          Pointwise.mapValues(
              series.withTag("scaleToSeconds", PythonFormat.str(args.value("seconds"))),
              name,
              v -> PythonNumbers.round(v * factor, DECIMALS),
              false));
    }
    return out;
  }
}
