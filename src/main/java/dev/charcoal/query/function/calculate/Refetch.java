package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.parse.TargetPrinter;
import java.util.List;

/**
 * graphite-web's {@code evaluateTarget(newContext, requestContext['args'][0])}: the functions of
 * this group that look before the request window (moving*, holtWinters*, linearRegression) do not
 * use the series they were given but evaluate their first argument again over another range.
 */
final class Refetch {
  private Refetch() {}

  /** The first argument evaluated over {@code [startTime - previewSeconds, endTime]}. */
  static List<TimeSeries> withPreview(Arguments args, EvalContext context, long previewSeconds)
      throws EvalException {
    return over(args, context, context.startTime() - previewSeconds, context.endTime());
  }

  /** The first argument evaluated over {@code [startTime, endTime]}. */
  static List<TimeSeries> over(Arguments args, EvalContext context, long startTime, long endTime)
      throws EvalException {
    String target;
    try {
      target = TargetPrinter.print(args.expression("seriesList"));
    } catch (IllegalArgumentException unprintable) {
      throw new EvalException(args.function() + ": cannot re-evaluate its series", unprintable);
    }
    return context.evaluate(target, startTime, endTime);
  }
}
