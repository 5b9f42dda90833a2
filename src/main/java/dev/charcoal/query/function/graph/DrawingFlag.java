package dev.charcoal.query.function.graph;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drawAsInfinite(x)} and {@code secondYAxis(x)}: turn a drawing option on ({@code
 * options.drawAsInfinite = true}), tag the series with it ({@code drawAsInfinite=1}) and name it
 * {@code drawAsInfinite(servers.a.load)}.
 */
@GraphiteFunction(
    name = "drawAsInfinite",
    group = FunctionGroup.GRAPH,
    description =
        "Draws a vertical line where the value is above zero (a line at zero for zero), for"
            + " on/off metrics. Example: drawAsInfinite(Testing.script.exitCode)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
@GraphiteFunction(
    name = "secondYAxis",
    group = FunctionGroup.GRAPH,
    description = "Draws the series against the right-hand Y axis. Example: secondYAxis(x.bytes)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class DrawingFlag implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String flag = args.function();
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(
          series
              .withOption(flag, true)
              .withTag(flag, "1")
              .withName(flag + "(" + series.name() + ")"));
    }
    return out;
  }
}
