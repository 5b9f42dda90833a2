package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.RejectCounters;
import dev.charcoal.model.MetricName;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The statsd state of one interval, fed by the listeners' threads: counters, timers, gauges and
 * sets per key, with etsy statsd's semantics. Each thread parses into its own {@link IngestShard},
 * which finds keys from their raw bytes; the per-key state is shared and locked per key, so a flush
 * reads every key exactly once while packets keep arriving.
 *
 * <p>{@link StatsdServer} flushes it; listeners call {@link #ingest}.
 */
public final class StatsdAggregator {
  final StatsdConfig config;

  private final ConcurrentHashMap<String, KeyState> keys = new ConcurrentHashMap<>();
  private final ThreadLocal<IngestShard> shards;
  private final HistogramBins[] histogramBins;
  private final LongAdder packets = new LongAdder();
  private final LongAdder metrics = new LongAdder();
  private final RejectCounters badLines = new RejectCounters();
  private final BadLineSamples samples = new BadLineSamples();

  /** Raised when a flush retires keys, so shards drop their cached references. */
  private volatile int retireEpoch;

  /** etsy's {@code gaugesTTL}: flushes a gauge lives without updates, 0 when kept forever. */
  final int gaugeTtl;

  final KeyState badLinesSeenKey;
  final KeyState packetsReceivedKey;
  final KeyState metricsReceivedKey;
  final String timestampLagKey;

  public StatsdAggregator(StatsdConfig config) {
    this.config = config;
    this.gaugeTtl = config.deleteGauges() ? config.gaugesMaxTTL() : 0;
    this.histogramBins =
        config.histogram().stream()
            .map(rule -> new HistogramBins(rule.bins()))
            .toArray(HistogramBins[]::new);
    this.shards = ThreadLocal.withInitial(() -> new IngestShard(this));
    // etsy sets its three counters to 0 at start, so they appear from the first flush on.
    this.badLinesSeenKey = internalCounter(config.prefixStats() + ".bad_lines_seen");
    this.packetsReceivedKey = internalCounter(config.prefixStats() + ".packets_received");
    this.metricsReceivedKey = internalCounter(config.prefixStats() + ".metrics_received");
    this.timestampLagKey = config.prefixStats() + ".timestamp_lag";
  }

  private KeyState internalCounter(String key) {
    // StatsdConfig allows only plain prefixStats, so these keys are never refused.
    KeyState state = Objects.requireNonNull(stateFor(key), key);
    state.addCounter(0, 1);
    return state;
  }

  /**
   * Parses and aggregates one packet on the calling thread: a UDP datagram, or TCP text up to and
   * including a newline. Never throws on bad input; it is counted by reason.
   */
  public void ingest(byte[] packet, int offset, int length) {
    shards.get().ingest(packet, offset, offset + length);
  }

  /** Packets received so far (etsy's {@code packets_received}, a running total). */
  public long packetsReceived() {
    return packets.sum();
  }

  /** Non-empty lines received so far (etsy's {@code metrics_received}, a running total). */
  public long metricsReceived() {
    return metrics.sum();
  }

  /** Refused values so far by reason ({@link BadLine#reason()}). */
  public RejectCounters badLines() {
    return badLines;
  }

  /** Distinct keys held now. */
  public int keyCount() {
    return keys.size();
  }

  void countPacket(int lines) {
    packets.increment();
    metrics.add(lines);
  }

  /** Counts a refused value; {@code detail} (the line, the key) is kept as an example to log. */
  void refuse(BadLine reason, String detail) {
    badLines.count(reason.reason());
    samples.offer(reason, detail);
  }

  void refuse(BadLine reason, byte[] line, int from, int to) {
    badLines.count(reason.reason());
    if (samples.wants(reason)) {
      samples.offer(reason, new String(line, from, to - from, StandardCharsets.UTF_8));
    }
  }

  BadLineSamples samples() {
    return samples;
  }

  int retireEpoch() {
    return retireEpoch;
  }

  /**
   * The state for {@code metric}'s key and tags, created when new; null if the key is refused (and
   * counted). Called by a shard when its cache misses.
   */
  KeyState stateFor(ParsedMetric metric) {
    String key =
        new String(
            metric.keyBytes, metric.keyFrom, metric.keyTo - metric.keyFrom, StandardCharsets.UTF_8);
    if (metric.hasTags()) {
      String tags =
          new String(
              metric.tagBytes,
              metric.tagFrom,
              metric.tagTo - metric.tagFrom,
              StandardCharsets.UTF_8);
      key = KeyNames.withTags(key, tags);
    }
    return stateFor(config.keyNameSanitize() ? KeyNames.sanitize(key) : key);
  }

  /**
   * The state for a sanitised key, created when new; null if refused (and counted). Keys are held
   * under their Graphite form, name and carbon's sorted tags: {@code a;y=1;x=2} and {@code
   * a;x=2;y=1} are one series here, where etsy would write both and carbon store one over the
   * other.
   */
  KeyState stateFor(String key) {
    int semicolon = key.indexOf(';');
    String namePart = semicolon < 0 ? key : key.substring(0, semicolon);
    // Without keyNameSanitize etsy keeps keys raw and its graphite backend cleans the name part.
    String name = config.keyNameSanitize() ? namePart : KeyNames.sanitize(namePart);
    if (name.isEmpty()) {
      refuse(BadLine.EMPTY_NAME, "key '" + key + "'");
      return null;
    }
    String tags = "";
    if (semicolon >= 0) {
      try {
        // The name is only a stand-in: carbon's tag rules and order do not depend on it.
        tags = MetricName.parse("x" + key.substring(semicolon)).normalized().substring(1);
      } catch (IllegalArgumentException e) {
        refuse(BadLine.BAD_TAGS, "key '" + key + "': " + e.getMessage());
        return null;
      }
    }
    String graphiteKey = name + tags;
    KeyState state = keys.get(graphiteKey);
    if (state != null && !state.isRetired()) {
      return state;
    }
    if (keys.size() >= config.maxKeys()) {
      refuse(BadLine.TOO_MANY_KEYS, "key '" + key + "' (maxKeys " + config.maxKeys() + ")");
      return null;
    }
    KeyState created = new KeyState(name, tags, binsFor(key));
    return keys.compute(graphiteKey, (k, old) -> old == null || old.isRetired() ? created : old);
  }

  /** etsy: the first histogram rule whose metric occurs anywhere in the key, tags included. */
  private HistogramBins binsFor(String key) {
    for (int i = 0; i < histogramBins.length; i++) {
      if (key.contains(config.histogram().get(i).metric())) {
        return histogramBins[i];
      }
    }
    return HistogramBins.NONE;
  }

  /** Sets a gauge of statsd's own ({@code timestamp_lag}); it never expires. */
  void setGauge(String key, double value) {
    while (true) {
      KeyState state = stateFor(key);
      if (state == null || state.updateGauge(value, false, 0)) {
        return;
      }
    }
  }

  /** Whether a shard's cache of {@code tableSize} raw keys has outgrown the live keys. */
  boolean cacheTooLarge(int tableSize) {
    return tableSize > 2 * keys.size() + IngestShard.CACHE_SLACK;
  }

  /**
   * Drains every key into {@code visitor} (one snapshot, reused), applying etsy's reset and delete
   * rules, and removes keys left empty. Keys created meanwhile are drained now or next time.
   */
  void drain(KeySnapshot snapshot, KeyState.DeletePolicy deletes, KeyVisitor visitor) {
    boolean retired = false;
    for (KeyState state : keys.values()) {
      if (state.drain(snapshot, deletes)) {
        keys.remove(state.key, state);
        retired = true;
      }
      visitor.visit(state, snapshot);
    }
    if (retired) {
      retireEpoch++;
    }
  }

  /** Sees one key's snapshot during {@link #drain}. */
  interface KeyVisitor {
    void visit(KeyState key, KeySnapshot snapshot);
  }
}
