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
 * {@code sin("the.wave", 2, 60)} (also {@code sinFunction}): a test series, the sine of each
 * timestamp (epoch seconds) times the amplitude (1 by default), one point per {@code step} seconds
 * (60 by default) from the request's start. Named as given.
 */
@GraphiteFunction(
    name = "sinFunction",
    aliases = "sin",
    group = FunctionGroup.TRANSFORM,
    description =
        "A sine wave over time, sin(timestamp) × amplitude, every step seconds. Short form: sin()."
            + " Example: sin(\"The.time.series\", 2)",
    params = {
      @Param(name = "name", type = ParamType.STRING, required = true),
      @Param(name = "amplitude", type = ParamType.INTEGER, defaultValue = "1"),
      @Param(name = "step", type = ParamType.INTEGER, defaultValue = "60")
    })
public final class SinFunction implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double amplitude = args.given("amplitude") ? args.number("amplitude") : 1;
    long step = args.given("step") ? args.integer("step") : TimeFunction.DEFAULT_STEP;
    return List.of(Generated.series(args, context, step, time -> Math.sin(time) * amplitude));
  }
}
