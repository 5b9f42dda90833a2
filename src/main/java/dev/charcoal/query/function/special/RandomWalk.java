package dev.charcoal.query.function.special;

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
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code randomWalk("The.time.series")}: test data, a walk from 0 (an int, as in graphite-web) that
 * moves by a uniform step in [-0.5, 0.5) per point, one point per {@code step} seconds over the
 * request; named by the given name.
 */
@GraphiteFunction(
    name = "randomWalkFunction",
    aliases = "randomWalk",
    group = FunctionGroup.SPECIAL,
    description =
        "Test data: a random walk starting at 0, one point every step seconds (default 60)."
            + " Short form: randomWalk(). Example: randomWalk(\"The.time.series\")",
    params = {
      @Param(name = "name", type = ParamType.STRING, required = true),
      @Param(name = "step", type = ParamType.INTEGER, defaultValue = "60")
    })
public final class RandomWalk implements SeriesFunction {
  private static final long DEFAULT_STEP = 60;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String name = args.string("name");
    long step = args.integer("step", DEFAULT_STEP);
    if (step <= 0) {
      // graphite-web loops forever here.
      throw new EvalException("randomWalk: step must be positive, got " + step);
    }
    long start = context.startTime();
    long end = context.endTime();
    int points =
        GeneratedPoints.check(args.function(), end > start ? (end - start + step - 1) / step : 0);
    double[] values = new double[points];
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 1; i < values.length; i++) {
      values[i] = values[i - 1] + random.nextDouble() - 0.5;
    }
    BitSet ints = new BitSet();
    if (values.length > 0) {
      ints.set(0);
    }
    return List.of(
        TimeSeries.of(name, name, start, end, step, values, context.xFilesFactor())
            .withValues(values, ints));
  }
}
