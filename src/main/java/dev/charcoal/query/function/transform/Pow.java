package dev.charcoal.query.function.transform;

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
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pow(x, 2)}: every value raised to the power, null where Python's math.pow fails (a
 * negative base with a fractional power, 0 to a negative power, overflow). Named {@code pow(x,2)},
 * tagged {@code pow=2.0}.
 */
@GraphiteFunction(
    name = "pow",
    group = FunctionGroup.TRANSFORM,
    description = "Raises each point to a power. Example: pow(servers.web1.threads.busy, 2)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "factor", type = ParamType.FLOAT, required = true)
    })
public final class Pow implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double factor = args.number("factor");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = "pow(" + series.name() + "," + PythonFormat.g(factor) + ")";
      out.add(
          Pointwise.map(
              series.withTag("pow", PythonFormat.str(args.value("factor"))),
              name,
              v -> Safe.pow(v, factor),
              false));
    }
    return out;
  }
}
