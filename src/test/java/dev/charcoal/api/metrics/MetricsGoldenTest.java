package dev.charcoal.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.api.ApiGolden;
import dev.charcoal.api.ListMetricIndex;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /metrics/find, /metrics/expand and /metrics/index.json against graphite-web 1.1.8's views over
 * whisper files with the same names (metrics.jsonl): status, content type, Pragma and body.
 */
class MetricsGoldenTest {
  /** The names generate.py made whisper files for. */
  static final String[] METRICS = {
    "carbon.agents.host1.cpuUsage",
    "carbon.agents.host1.memUsage",
    "carbon.agents.host2.cpuUsage",
    "servers.web1.cpu.user",
    "servers.web1.cpu.system",
    "servers.web2.cpu.user",
    "servers.db1.disk.sda",
    "servers.db1.disk.sdb",
    "stats.a+b.count",
    "stats.p%41th.count",
    "top",
    "x.\u00e9t\u00e9.value"
  };

  /** The interval generate.py gave every leaf. */
  static final LeafIntervals INTERVALS =
      metric -> List.of(new LeafIntervals.Interval(1700000000.25, 1700086400.5));

  static Stream<JsonNode> cases() {
    return ApiGolden.lines("metrics.jsonl").stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void answersAsGraphiteWeb(JsonNode golden) {
    MetricsEndpoint endpoint =
        new MetricsEndpoint(
            new ListMetricIndex(METRICS),
            INTERVALS,
            InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)),
            ZoneOffset.UTC);
    ApiRequest request = ApiGolden.request(golden.get("request"));
    ApiResponse response =
        switch (request.path()) {
          case "/metrics/expand" -> endpoint.expand(request);
          case "/metrics/index.json" -> endpoint.indexJson(request);
          default -> endpoint.find(request);
        };
    String label = golden.get("request").toString();
    assertThat(response.status()).as(label).isEqualTo(golden.get("status").intValue());
    assertThat(response.contentType()).as(label).isEqualTo(golden.get("contentType").textValue());
    assertThat(response.text()).as(label).isEqualTo(golden.get("body").textValue());
    String pragma = golden.has("pragma") ? golden.get("pragma").textValue() : null;
    assertThat(response.headers().get("Pragma")).as(label).isEqualTo(pragma);
  }
}
