package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.function.LongToDoubleFunction;

/**
 * The series time() and sin() build from nothing: one value per {@code step} seconds from the
 * request's start while before its end, named as given, with the tags graphite-web parses from the
 * name and the request's xFilesFactor.
 */
final class Generated {
  /** A generated series longer than this is refused rather than filling memory. */
  static final long MAX_POINTS = 10_000_000;

  private Generated() {}

  static TimeSeries series(
      Arguments args, EvalContext context, long step, LongToDoubleFunction valueAt)
      throws EvalException {
    // graphite-web loops forever when the step does not move time forward.
    if (step <= 0) {
      throw new EvalException(args.function() + ": step must be positive, got " + step);
    }
    long start = context.startTime();
    long end = context.endTime();
    long count = Summary.count(end - start, step);
    if (count > MAX_POINTS) {
      throw new EvalException(
          "%s: %d points of %d s; at most %d".formatted(args.function(), count, step, MAX_POINTS));
    }
    double[] values = new double[(int) count];
    for (int i = 0; i < values.length; i++) {
      values[i] = valueAt.applyAsDouble(start + i * step);
    }
    String name = args.string("name");
    return TimeSeries.of(name, name, start, end, step, values, context.xFilesFactor());
  }
}
