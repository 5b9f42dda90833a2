package dev.charcoal.query.function.graph;

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
 * {@code dashed(server01.memory.free, 2.5)}: draws the series dashed with segments of the given
 * length (default 5): {@code options.dashed} and the tag {@code dashed} hold it, the series is
 * named {@code dashed(server01.memory.free, 2.5)} (length as Python's {@code %g}).
 */
@GraphiteFunction(
    name = "dashed",
    group = FunctionGroup.GRAPH,
    description =
        "Draws the series dashed, with segments of the given length (default 5). Example:"
            + " dashed(server01.instance01.memory.free, 2.5)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "dashLength", type = ParamType.INTEGER, defaultValue = "5")
    })
public final class Dashed implements SeriesFunction {
  private static final long DEFAULT_LENGTH = 5;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object length = args.given("dashLength") ? args.value("dashLength") : DEFAULT_LENGTH;
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      if (!(length instanceof Number number)) {
        throw new EvalException(
            "dashed: the length must be a number, got " + PythonFormat.repr(length));
      }
      out.add(
          series
              .withTag("dashed", PythonFormat.str(length))
              .withName(
                  "dashed(" + series.name() + ", " + PythonFormat.g(number.doubleValue()) + ")")
              .withOption("dashed", length));
    }
    return out;
  }
}
