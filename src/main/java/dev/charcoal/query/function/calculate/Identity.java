package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;
import java.util.List;

/**
 * {@code identity("clock")}: a series whose value at each minute of the request is that minute's
 * timestamp (Python ints), named as given, with the path expression {@code identity("clock")}.
 */
@GraphiteFunction(
    name = "identity",
    group = FunctionGroup.CALCULATE,
    description =
        "A series whose value at each point is the point's own timestamp, one point a minute; handy"
            + " to compare with a series holding timestamps. Example: identity(\"the.time\")",
    params = {@Param(name = "name", type = ParamType.STRING, required = true)})
public final class Identity implements SeriesFunction {
  /** graphite-web's fixed step for identity. */
  private static final int STEP = 60;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String name = args.string("name");
    long start = context.startTime();
    long end = context.endTime();
    int count = end > start ? Math.toIntExact((end - start + STEP - 1) / STEP) : 0;
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = start + (long) i * STEP;
    }
    BitSet integers = new BitSet();
    integers.set(0, count);
    TimeSeries series =
        TimeSeries.of(
            name, "identity(\"" + name + "\")", start, end, STEP, values, context.xFilesFactor());
    return List.of(series.withValues(values, integers));
  }
}
