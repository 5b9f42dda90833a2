package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import dev.charcoal.ui.FxThread;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.task.BackgroundTasks;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * What the panes of a window share about events: the backend, the clock and zone, the tags seen so
 * far (offered by the tag filter), and a revision that goes up whenever an event was added, so that
 * every pane fetches its markers again. Used on the FX thread only.
 */
final class EventFeed {
  private final Backend backend;
  private final BackgroundTasks tasks;
  private final InstantSource clock;
  private final ZoneId zone;
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
  private final SortedSet<String> tags = new TreeSet<>();

  EventFeed(Backend backend, BackgroundTasks tasks, InstantSource clock, ZoneId zone) {
    this.backend = backend;
    this.tasks = tasks;
    this.clock = clock;
    this.zone = zone;
  }

  Backend backend() {
    return backend;
  }

  BackgroundTasks tasks() {
    return tasks;
  }

  InstantSource clock() {
    return clock;
  }

  ZoneId zone() {
    return zone;
  }

  /** Goes up by one whenever an event was stored through this feed. */
  ReadOnlyIntegerProperty revision() {
    return revision.getReadOnlyProperty();
  }

  /** Tags seen in fetched or added events, sorted. */
  List<String> knownTags() {
    return List.copyOf(tags);
  }

  /** Remembers the tags of {@code events}. */
  void saw(Collection<Event> events) {
    FxThread.check();
    events.forEach(e -> tags.addAll(e.tags()));
  }

  /**
   * Stores {@code event} in the background; then every pane fetches again and {@code onStored} is
   * told the stored event, or {@code onFailure} the reason.
   */
  void add(Event event, Consumer<Event> onStored, Consumer<Exception> onFailure) {
    tasks.run(
        () -> backend.addEvent(event),
        stored -> {
          saw(List.of(stored));
          revision.set(revision.get() + 1);
          onStored.accept(stored);
        },
        onFailure);
  }
}
