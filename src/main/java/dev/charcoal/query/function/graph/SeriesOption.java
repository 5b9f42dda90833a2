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
 * {@code alpha(x, 0.5)}, {@code color(x, 'red')} and {@code lineWidth(x, 2)}: set one drawing
 * option on every series ({@code options.alpha}, {@code options.color}, {@code options.lineWidth})
 * to the value as given; names, tags and values unchanged. graphite-web keeps the color as a series
 * attribute rather than an option; Charcoal keeps it with the other options.
 */
@GraphiteFunction(
    name = "alpha",
    group = FunctionGroup.GRAPH,
    description =
        "Draws the series with the given opacity, 0 to 1. Example: alpha(servers.*.load, 0.5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "alpha", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "color",
    group = FunctionGroup.GRAPH,
    description =
        "Draws the series in the given color (a name or hex RGB[A]). Example:"
            + " color(collectd.hostname.cpu.0.user, 'green')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "theColor", type = ParamType.STRING, required = true)
    })
@GraphiteFunction(
    name = "lineWidth",
    group = FunctionGroup.GRAPH,
    description =
        "Draws the series with the given line width. Example:"
            + " lineWidth(server01.instance01.memory.free, 5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "width", type = ParamType.FLOAT, required = true)
    })
public final class SeriesOption implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.function();
    String param =
        switch (function) {
          case "alpha" -> "alpha";
          case "color" -> "theColor";
          default -> "width";
        };
    if (!args.given(param)) {
      throw new EvalException(
          function + "() missing 1 required positional argument: '" + param + "'");
    }
    Object value = args.value(param);
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(series.withOption(function, value));
    }
    return out;
  }
}
