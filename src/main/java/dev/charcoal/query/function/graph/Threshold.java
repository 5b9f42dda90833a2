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
import java.util.List;

/**
 * {@code threshold(123.456, "omgwtfbbq", "red")}: a horizontal line at the value across the request
 * range, as graphite-web's constantLine draws it (three equal points, from start to end in two
 * steps), named by the label or else the value ({@code 123.456}), its path expression {@code
 * constantLine(123.456)}; a color goes to {@code options.color}.
 */
@GraphiteFunction(
    name = "threshold",
    group = FunctionGroup.GRAPH,
    description =
        "Draws a horizontal line at a value, with an optional legend label and color. Example:"
            + " threshold(123.456, 'limit', 'red')",
    params = {
      @Param(name = "value", type = ParamType.FLOAT, required = true),
      @Param(name = "label", type = ParamType.STRING),
      @Param(name = "color", type = ParamType.STRING)
    })
public final class Threshold implements SeriesFunction {
  /**
   * graphite-web gives generated series the request's xFilesFactor, which {@link EvalContext} does
   * not carry; the request default is 0.
   */
  static final double XFILES_FACTOR = 0;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double value = args.number("value");
    String text = PythonFormat.str(args.value("value"));
    long start = context.startTime();
    long end = context.endTime();
    long step = (end - start) / 2;
    if (step <= 0) {
      throw new EvalException("threshold: the time range is too short to draw a line");
    }
    double[] values = {value, value, value};
    TimeSeries line =
        TimeSeries.of(text, "constantLine(" + text + ")", start, end, step, values, XFILES_FACTOR);
    if (args.bool("label", false)) {
      line = line.withName(PythonFormat.str(args.value("label")));
    }
    if (args.bool("color", false)) {
      line = line.withOption("color", args.value("color"));
    }
    return List.of(line);
  }
}
