package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.MetricSink;
import dev.charcoal.model.PointBatch;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link StatsdServer} on a hand-driven clock whose sink keeps every flush as {@code name →
 * value}, for tests: send packets, {@link #flush()}, look at what the store would get.
 */
final class StatsdHarness {
  /** An epoch in ms on a whole second, so flush timestamps are exact. */
  static final long START_MILLIS = 1_700_000_000_000L;

  /** The sink's record of one delivered flush. */
  record Flush(Map<String, Double> values, Set<Long> timestamps) {
    Double get(String name) {
      return values.get(name);
    }
  }

  long now = START_MILLIS;
  final List<Flush> delivered = new ArrayList<>();
  final StatsdServer server;
  final StatsdAggregator aggregator;
  private final long intervalMillis;

  /** When set, the sink throws instead of storing. */
  RuntimeException failure;

  StatsdHarness(StatsdConfig config) {
    this(config, StatsdServer.MAX_PENDING_POINTS);
  }

  StatsdHarness(StatsdConfig config, long maxPendingPoints) {
    intervalMillis = config.flushInterval().toMillis();
    InstantSource clock = () -> Instant.ofEpochMilli(now);
    MetricSink sink =
        batch -> {
          if (failure != null) {
            throw failure;
          }
          delivered.add(copy(batch));
        };
    server = new StatsdServer(config, sink, clock, maxPendingPoints);
    aggregator = server.aggregator();
  }

  StatsdHarness() {
    this(StatsdConfig.defaults());
  }

  /** Each argument is one UDP packet. */
  StatsdHarness send(String... packets) {
    for (String packet : packets) {
      byte[] bytes = packet.getBytes(StandardCharsets.UTF_8);
      aggregator.ingest(bytes, 0, bytes.length);
    }
    return this;
  }

  /** Advances the clock one flush interval and flushes; returns what the sink received. */
  Flush flush() {
    now += intervalMillis;
    int before = delivered.size();
    server.flushNow();
    return delivered.size() > before ? delivered.get(delivered.size() - 1) : null;
  }

  long flushTimestamp() {
    return Math.round(now / 1000.0);
  }

  private static Flush copy(PointBatch batch) {
    Map<String, Double> values = new LinkedHashMap<>();
    Set<Long> timestamps = new TreeSet<>();
    for (int i = 0; i < batch.size(); i++) {
      values.put(batch.name(i), batch.value(i));
      timestamps.add(batch.timestamp(i));
    }
    return new Flush(values, timestamps);
  }
}
