package dev.charcoal.query.eval;

import java.util.List;

/** Evaluates a render request's targets: what {@code /render} and the UI call. */
public interface TargetEvaluator {
  /**
   * The series of every target, in target order, before any maxDataPoints consolidation.
   *
   * @throws EvalException a target that does not parse (with its position), an unknown function, a
   *     bad argument or a limit exceeded
   */
  List<TimeSeries> evaluate(RenderRequest request) throws EvalException;
}
