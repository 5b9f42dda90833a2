package dev.charcoal.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.events.EventStore;
import dev.charcoal.model.Event;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events("*"), events("tag", ...) and events() as graphite-web's find_events answers them. */
class EventStoreLookupTest {
  @TempDir Path dir;

  @Test
  void starFindsEveryEventTagsFilterAndNoTagsFindNothing() {
    try (EventStore store = EventStore.open(dir.resolve(EventStore.FILE_NAME))) {
      store.add("a", "deploy web", Instant.ofEpochSecond(100), "");
      store.add("b", "deploy db", Instant.ofEpochSecond(200), "");
      store.add("late", "deploy", Instant.ofEpochSecond(900), "");
      EventStoreLookup lookup = new EventStoreLookup(store);
      assertThat(lookup.find(List.of("*"), 0, 500))
          .extracting(Event::what)
          .containsExactly("a", "b");
      assertThat(lookup.find(List.of("deploy", "web"), 0, 1000))
          .extracting(Event::what)
          .containsExactly("a");
      assertThat(lookup.find(List.of(), 0, 1000)).isEmpty();
    }
  }
}
