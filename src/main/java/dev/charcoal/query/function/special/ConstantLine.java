package dev.charcoal.query.function.special;

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
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code constantLine(123.456)}: a horizontal line across the request, three points (start, middle,
 * end) at the value. Named by the value alone ({@code 123.456}), its path expression is {@code
 * constantLine(123.456)}.
 */
@GraphiteFunction(
    name = "constantLine",
    group = FunctionGroup.SPECIAL,
    description =
        "Draws a horizontal line at the value across the graph. Example: constantLine(123.456)",
    params = {@Param(name = "value", type = ParamType.FLOAT, required = true)})
public final class ConstantLine implements SeriesFunction {
  /** graphite-web draws the line with three points: start, middle, end. */
  private static final int POINTS = 3;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object value = args.value("value");
    double number = args.number("value");
    long start = context.startTime();
    long end = context.endTime();
    long step = (end - start) / 2;
    if (step <= 0) {
      throw new EvalException("constantLine: the time range is too short for a line");
    }
    double[] values = new double[POINTS];
    Arrays.fill(values, number);
    BitSet ints = new BitSet();
    if (value instanceof Long) {
      ints.set(0, POINTS);
    }
    String text = PythonFormat.str(value);
    return List.of(
        TimeSeries.of(
                text,
                "constantLine(" + text + ")",
                start,
                end,
                step,
                values,
                context.xFilesFactor())
            .withValues(values, ints));
  }
}
