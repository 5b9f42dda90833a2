package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;

/**
 * {@code time("the.time", 60)} (also {@code timeFunction}): a series whose value at each step is
 * its own timestamp in epoch seconds, from the request's start, one point per {@code step} seconds
 * (60 by default). Named as given.
 */
@GraphiteFunction(
    name = "timeFunction",
    aliases = "time",
    group = FunctionGroup.TRANSFORM,
    description =
        "A series whose value is its own timestamp (epoch seconds), every step seconds. Short form:"
            + " time(). Example: time(\"The.time.series\", 60)",
    params = {
      @Param(name = "name", type = ParamType.STRING, required = true),
      @Param(name = "step", type = ParamType.INTEGER, defaultValue = "60")
    })
public final class TimeFunction implements SeriesFunction {
  static final long DEFAULT_STEP = 60;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long step = args.given("step") ? args.integer("step") : DEFAULT_STEP;
    return List.of(Generated.series(args, context, step, time -> time));
  }
}
