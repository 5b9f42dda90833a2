package dev.charcoal.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.api.ApiGolden;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.events.EventStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events API against graphite-web 1.1.8's views (events.jsonl): the same posts, then the same
 * queries, give the same answers byte for byte, tag set semantics and ids included.
 */
class EventsGoldenTest {
  /** generate.py pins graphite-web's now to 2024-03-01 12:00 UTC. */
  static final Instant NOW = Instant.ofEpochSecond(1_709_294_400L);

  @TempDir Path dir;

  @Test
  void answersTheScenarioAsGraphiteWeb() {
    List<JsonNode> steps = ApiGolden.lines("events.jsonl");
    assertThat(steps).hasSizeGreaterThan(30);
    try (EventStore store = EventStore.open(dir.resolve(EventStore.FILE_NAME))) {
      EventsEndpoint endpoint = new EventsEndpoint(store, InstantSource.fixed(NOW), ZoneOffset.UTC);
      for (JsonNode step : steps) {
        ApiRequest request = ApiGolden.request(step.get("request"));
        ApiResponse response =
            request.isPost() ? endpoint.events(request) : endpoint.getData(request);
        String label = step.get("request").toString();
        assertThat(response.status()).as(label).isEqualTo(step.get("status").intValue());
        assertThat(response.contentType()).as(label).isEqualTo(step.get("contentType").textValue());
        assertThat(response.text()).as(label).isEqualTo(step.get("body").textValue());
      }
    }
  }
}
