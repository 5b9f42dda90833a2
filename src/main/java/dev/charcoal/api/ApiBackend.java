package dev.charcoal.api;

import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.api.tags.TagQueries;
import dev.charcoal.events.EventStore;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.store.MetricIndex;
import java.util.Objects;

/**
 * What the HTTP API reads and writes; the composition root ({@code app}) builds it.
 *
 * @param evaluator answers {@code /render}
 * @param index answers {@code /metrics/*}
 * @param intervals the leaf intervals {@code /metrics/find?format=json} prints
 * @param functions the metadata of {@code /functions}
 * @param events the events of {@code /events/}
 * @param tags the tag database of {@code /tags}
 */
public record ApiBackend(
    TargetEvaluator evaluator,
    MetricIndex index,
    LeafIntervals intervals,
    FunctionRegistry functions,
    EventStore events,
    TagQueries tags) {
  public ApiBackend {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(intervals, "intervals");
    Objects.requireNonNull(functions, "functions");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(tags, "tags");
  }
}
