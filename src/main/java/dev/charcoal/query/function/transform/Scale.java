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

/** {@code scale(x, 10)}: every value multiplied by the factor, named {@code scale(x,10)}. */
@GraphiteFunction(
    name = "scale",
    group = FunctionGroup.TRANSFORM,
    description =
        "Multiplies each value by a constant. Example: scale(servers.web1.threads.busy, 10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "factor", type = ParamType.FLOAT, required = true)
    })
public final class Scale implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double factor = args.number("factor");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = "scale(" + series.name() + "," + PythonFormat.g(factor) + ")";
      out.add(
          Pointwise.map(
              series.withTag("scale", PythonFormat.str(args.value("factor"))),
              name,
              v -> v * factor,
              false));
    }
    return out;
  }
}
