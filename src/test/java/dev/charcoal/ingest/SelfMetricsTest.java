package dev.charcoal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.PointBatch;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SelfMetricsTest {
  final Map<String, Double> sent = new LinkedHashMap<>();
  final AtomicLong stamp = new AtomicLong();
  final MetricSink sink =
      (PointBatch b) -> {
        for (int i = 0; i < b.size(); i++) {
          sent.put(b.name(i), b.value(i));
          stamp.set(b.timestamp(i));
        }
      };

  @Test
  void reportsCountersPerIntervalGaugesAsTheyAreAndRatiosWhenDefined() {
    AtomicLong received = new AtomicLong(100);
    AtomicLong committed = new AtomicLong();
    AtomicLong updates = new AtomicLong();
    SelfMetrics metrics =
        new SelfMetrics(
                SelfMetrics.carbonPrefix("box.example.org"),
                sink,
                InstantSource.fixed(Instant.ofEpochSecond(1_700_000_060)))
            .counter("metricsReceived", received::get)
            .gauge("cache.size", () -> 7)
            .ratio("pointsPerUpdate", committed::get, updates::get, 1);

    received.addAndGet(25);
    metrics.report();
    assertThat(sent)
        .containsExactly(
            Map.entry("carbon.agents.box_example_org-a.metricsReceived", 25.0),
            Map.entry("carbon.agents.box_example_org-a.cache.size", 7.0));
    assertThat(stamp).hasValue(1_700_000_060);

    sent.clear();
    committed.addAndGet(30);
    updates.addAndGet(3);
    metrics.report();
    assertThat(sent)
        .containsEntry("carbon.agents.box_example_org-a.metricsReceived", 0.0)
        .containsEntry("carbon.agents.box_example_org-a.pointsPerUpdate", 10.0);
  }
}
