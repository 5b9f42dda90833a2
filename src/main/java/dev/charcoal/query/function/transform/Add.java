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
 * {@code add(x, 10)} and {@code offset(x, 10)}: the constant added to every non-null value. They
 * differ only in the name graphite-web gives the result: {@code add(x,10)} prints the constant with
 * {@code %d} (so {@code add(x, 2.7)} is named {@code add(x,2)}), {@code offset(x,10)} with {@code
 * %g}. Tagged {@code add=10.0} / {@code offset=10.0}.
 */
@GraphiteFunction(
    name = "add",
    group = FunctionGroup.TRANSFORM,
    description = "Adds a constant to each point. Example: add(servers.web1.temperature, -273.15)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "constant", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "offset",
    group = FunctionGroup.TRANSFORM,
    description = "Adds a constant to each point. Example: offset(servers.web1.threads.busy, 10)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "factor", type = ParamType.FLOAT, required = true)
    })
public final class Add implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    boolean add = args.function().equals("add");
    String param = add ? "constant" : "factor";
    double constant = args.number(param);
    Object given = args.value(param);
    String printed = add ? PythonNumbers.percentD(given) : PythonFormat.g(constant);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = args.function() + "(" + series.name() + "," + printed + ")";
      TimeSeries tagged = series.withTag(args.function(), PythonFormat.str(given));
      Pointwise.Op op = v -> v + constant;
      boolean keepInts = PythonNumbers.isInt(given);
      // add() writes None for None, offset() leaves nulls alone.
      out.add(
          add
              ? Pointwise.map(tagged, name, op, keepInts)
              : Pointwise.mapValues(tagged, name, op, keepInts));
    }
    return out;
  }
}
