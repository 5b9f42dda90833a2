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
 * {@code round(x, 2)}: every value rounded as Python's {@code round(value, 2)} does (half to even
 * on the exact binary value, so {@code 2.675} gives {@code 2.67}); a negative precision rounds to
 * tens, hundreds... Named {@code round(x,2)}, or {@code round(x)} without a precision (which rounds
 * to whole numbers); tagged {@code round=2}.
 */
@GraphiteFunction(
    name = "round",
    group = FunctionGroup.TRANSFORM,
    description =
        "Rounds each point to a number of decimals (0 when omitted; negative for tens, hundreds…)."
            + " Example: round(servers.web1.load, 2)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "precision", type = ParamType.INTEGER, defaultValue = "0")
    })
public final class Round implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    // graphite-web's Python default is None, not the 0 its metadata shows: the name tells them
    // apart.
    boolean given = args.has("precision");
    long precision = given ? args.integer("precision") : 0;
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name =
          given
              ? "round(" + series.name() + "," + PythonFormat.g(precision) + ")"
              : "round(" + series.name() + ")";
      out.add(
          Pointwise.mapValues(
              series.withTag("round", Long.toString(precision)),
              name,
              v -> PythonNumbers.round(v, precision),
              true));
    }
    return out;
  }
}
