package dev.charcoal.query.eval;

import dev.charcoal.model.Event;
import java.time.ZoneId;
import java.util.List;

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
   * The request's xFilesFactor (graphite-web's {@code requestContext['xFilesFactor']}), which
   * series built from nothing ({@code identity}, {@code constantLine}...) carry.
   */
  default double xFilesFactor() {
    return 0;
  }

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
}
