package dev.charcoal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  private EventStore open() {
    return EventStore.open(dir.resolve(EventStore.FILE_NAME));
  }

  private static Instant at(long seconds) {
    return Instant.ofEpochSecond(seconds);
  }

  @Test
  void findsByTimeRangeInclusiveSortedByTime() {
    try (EventStore store = open()) {
      long late = store.add("late", "a", at(300), "");
      long early = store.add("early", "a", at(100), "x");
      store.add("middle", "", at(200), "");
      assertThat(store.find(at(100), at(300), null, SetMode.LEGACY_ALL))
          .extracting(Event::what)
          .containsExactly("early", "middle", "late");
      assertThat(store.find(at(101), at(299), null, SetMode.LEGACY_ALL))
          .extracting(Event::what)
          .containsExactly("middle");
      assertThat(store.get(early)).contains(new Event(early, 100, "early", List.of("a"), "x"));
      assertThat(early).as("ids grow in insertion order").isGreaterThan(late);
    }
  }

  @Test
  void keepsEventsAcrossReopening() {
    try (EventStore store = open()) {
      store.add("deploy", "web prod", at(100), "v1");
    }
    try (EventStore store = open()) {
      assertThat(store.find(at(0), at(1000), List.of("prod"), SetMode.UNION))
          .extracting(Event::what, Event::tags)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("deploy", List.of("web", "prod")));
    }
  }

  @Test
  void dropsTagsNoEventEverHadButKeepsTagsOfDeletedEvents() {
    try (EventStore store = open()) {
      long gone = store.add("gone", "ghost", at(100), "");
      store.add("kept", "web", at(200), "");
      assertThat(store.delete(gone)).isTrue();
      assertThat(store.delete(gone)).isFalse();
      // "never" was never a tag: ignored; "ghost" was: required, and no event has it now.
      assertThat(store.find(at(0), at(1000), List.of("web", "never"), SetMode.LEGACY_ALL))
          .extracting(Event::what)
          .containsExactly("kept");
      assertThat(store.find(at(0), at(1000), List.of("web", "ghost"), SetMode.LEGACY_ALL))
          .isEmpty();
      assertThat(store.find(at(0), at(1000), List.of("web", "ghost"), SetMode.UNION))
          .extracting(Event::what)
          .containsExactly("kept");
    }
  }

  @Test
  void intersectionAlsoNeedsEveryNameInThePrintedTags() {
    try (EventStore store = open()) {
      store.add("both", "a b", at(100), "");
      store.add("one", "a", at(200), "");
      assertThat(store.find(at(0), at(1000), List.of("a", "b"), SetMode.INTERSECTION))
          .extracting(Event::what)
          .containsExactly("both");
      assertThat(store.find(at(0), at(1000), List.of("a", "unknown"), SetMode.INTERSECTION))
          .isEmpty();
      assertThat(store.find(at(0), at(1000), List.of("a", "unknown"), SetMode.LEGACY_ALL))
          .extracting(Event::what)
          .containsExactly("both", "one");
    }
  }

  @Test
  void refusesAWhatLongerThanGraphiteWebsColumn() {
    try (EventStore store = open()) {
      assertThatThrownBy(() -> store.add("x".repeat(256), "", at(1), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("255");
    }
  }

  @Test
  void aFileThatIsNotSqliteGivesAClearErrorNamingIt() throws Exception {
    Path file = dir.resolve(EventStore.FILE_NAME);
    Files.write(
        file,
        "this is not a database, just text long enough to have a header".repeat(20).getBytes());
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(EventStoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not a database");
  }

  @Test
  void aLazyStoreFailsEachCallUntilTheFileIsRepaired() throws Exception {
    Path file = dir.resolve(EventStore.FILE_NAME);
    Files.write(file, "garbage, not SQLite".repeat(100).getBytes());
    try (EventStore store = EventStore.lazy(file)) {
      assertThatThrownBy(() -> store.find(at(0), at(1), null, SetMode.LEGACY_ALL))
          .isInstanceOf(EventStoreException.class)
          .hasMessageContaining(file.toString());
      Files.delete(file);
      store.add("back", "", at(1), "");
      assertThat(store.find(at(0), at(1), null, SetMode.LEGACY_ALL))
          .extracting(Event::what)
          .containsExactly("back");
    }
  }

  @Test
  void aDirectoryInTheWayGivesAClearError() throws Exception {
    Path file = Files.createDirectory(dir.resolve(EventStore.FILE_NAME));
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(EventStoreException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void concurrentAddsAllLand() throws Exception {
    int threads = 4;
    int perThread = 50;
    try (EventStore store = open()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    store.add("e" + thread + "." + i, "t" + thread + " all", at(i), "");
                    store.find(at(0), at(1000), List.of("all"), SetMode.LEGACY_ALL);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      assertThat(store.find(at(0), at(1000), List.of("all"), SetMode.LEGACY_ALL))
          .hasSize(threads * perThread);
      assertThat(store.find(at(0), at(1000), List.of("t2"), SetMode.LEGACY_ALL)).hasSize(perThread);
    }
  }
}
