package dev.charcoal.query.eval;

import dev.charcoal.model.Event;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a function may know of the request (graphite-web's {@code requestContext}): the time range,
 * {@code now}, the time zone, and two ways to get more data without doing I/O itself.
 */
public interface EvalContext {
  /** The request's start, epoch seconds (graphite-web's {@code startTime}). */
  long startTime();

  /** The request's end, epoch seconds. */
  long endTime();

  /** The request's {@code now}, epoch seconds. */
  long now();

  /** The request's {@code tz}, used by functions that align to days or format dates. */
  ZoneId zone();

  /**
   * Evaluates {@code target} (usually a series' {@code pathExpression}) over another time range:
   * graphite-web's {@code evaluateTarget} with a copied request context, as timeShift and the
   * moving* functions do. Counted against the request's limits.
   */
  List<TimeSeries> evaluate(String target, long startTime, long endTime) throws EvalException;

  /**
   * The events in {@code [from, until]} carrying the tags (graphite-web's {@code Event.find_events}
   * without a set operation; {@code *} or no tags: all events).
   */
  List<Event> events(List<String> tags, long from, long until);

  /**
   * The request's xFilesFactor as graphite-web's {@code requestContext['xFilesFactor']} holds it
   * now: the request parameter, or what {@code setXFilesFactor} last set. graphite-web's functions
   * give it to the series they build, and its fetches to the series they fetch.
   */
  default double xFilesFactor() {
    return 0;
  }

  /**
   * {@code setXFilesFactor}'s {@code requestContext['xFilesFactor'] = value}: the functions and
   * fetches evaluated after it in this request (later targets included) see the new value.
   */
  default void setXFilesFactor(double xFilesFactor) {}

  /**
   * graphite-web's {@code SeriesFunctions[name](requestContext, *args)}, as groupByNodes and
   * reduceSeries call a function named by a string argument: positional Python-typed arguments (see
   * {@link Arguments}), bound without graphite-web's parameter validation, as a direct Python call
   * is.
   *
   * @return empty when no function is registered under {@code name}
   */
  default Optional<List<TimeSeries>> callFunction(String name, List<Object> args)
      throws EvalException {
    return Optional.empty();
  }
}
