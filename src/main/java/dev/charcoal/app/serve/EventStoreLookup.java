package dev.charcoal.app.serve;

import dev.charcoal.events.EventStore;
import dev.charcoal.events.SetMode;
import dev.charcoal.model.Event;
import dev.charcoal.query.eval.EventLookup;
import java.time.Instant;
import java.util.List;

/**
 * The {@code events()} render function's view of {@code DATA/events.db}: graphite-web's {@code
 * Event.find_events(start, end, tags=tags)} with no set operation. {@code events("*")} finds every
 * event; {@code events()} with no tags finds none, as in graphite-web (an empty tag list).
 */
public final class EventStoreLookup implements EventLookup {
  private final EventStore store;

  public EventStoreLookup(EventStore store) {
    this.store = store;
  }

  @Override
  public List<Event> find(List<String> tags, long from, long until) {
    List<String> asked = tags.equals(List.of("*")) ? null : tags;
    return store.find(
        Instant.ofEpochSecond(from), Instant.ofEpochSecond(until), asked, SetMode.LEGACY_ALL);
  }
}
