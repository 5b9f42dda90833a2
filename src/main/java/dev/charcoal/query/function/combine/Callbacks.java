package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Optional;

/**
 * The {@code callback} of groupByNode, groupByNodes and groupByTags: the name of a registered
 * function (e.g. {@code sumSeries}, {@code avg}), called with the group as its only argument, or
 * else an aggregation function name given to {@code aggregate}, as graphite-web decides.
 */
final class Callbacks {
  private Callbacks() {}

  /** The callback's first result over one group. */
  static TimeSeries apply(EvalContext context, String callback, List<TimeSeries> group)
      throws EvalException {
    Optional<List<TimeSeries>> called = context.callFunction(callback, List.of(group));
    List<TimeSeries> result =
        called.isPresent()
            ? called.get()
            : Aggregation.aggregate(List.of(group), callback, null, context);
    if (result.isEmpty()) {
      throw new EvalException(callback + " gave no series for a group (list index out of range)");
    }
    return result.get(0);
  }
}
