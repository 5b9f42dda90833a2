package dev.charcoal.query.eval;

import java.util.List;

/**
 * A graphite-web render function. Implementations are annotated with {@link GraphiteFunction}, hold
 * no state, do no I/O, and return new series (inputs are shared and must not change): one class per
 * function or per family sharing one body. A function that needs data outside the request window
 * asks {@link EvalContext#evaluate} for it.
 */
@FunctionalInterface
public interface SeriesFunction {
  /**
   * Applies the function.
   *
   * @throws EvalException for arguments graphite-web rejects or cannot use (HTTP 400)
   */
  List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException;
}
