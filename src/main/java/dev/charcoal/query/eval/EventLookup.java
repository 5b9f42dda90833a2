package dev.charcoal.query.eval;

import dev.charcoal.model.Event;
import java.util.List;

/** The events the {@code events()} function reads: graphite-web's {@code Event.find_events}. */
@FunctionalInterface
public interface EventLookup {
  /** No events at all. */
  EventLookup NONE = (tags, from, until) -> List.of();

  /** The events in {@code [from, until]} with the tags ({@code *} or none: every event). */
  List<Event> find(List<String> tags, long from, long until);
}
