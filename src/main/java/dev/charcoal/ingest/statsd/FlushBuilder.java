package dev.charcoal.ingest.statsd;

import dev.charcoal.model.PointBatch;

/**
 * Turns one interval of the {@link StatsdAggregator} into Graphite points, as etsy's {@code
 * process_metrics} and graphite backend do: counter rates and counts, timer sub-metrics, gauges,
 * set sizes, and {@code numStats} (every key of every type, statsd's own included).
 * Single-threaded: the flush holds it.
 */
final class FlushBuilder implements StatsdAggregator.KeyVisitor, TimerMetrics.Out {
  private final StatsdAggregator aggregator;
  private final GraphiteNames names;
  private final TimerMetrics timers;
  private final KeyState.DeletePolicy deletes;
  private final boolean flushCounts;
  private final double flushSeconds;
  private final KeySnapshot snapshot = new KeySnapshot();

  // The key being written, for the TimerMetrics.Out callback.
  private PointBatch out;
  private long timestamp;
  private KeyState key;
  private int numStats;

  FlushBuilder(StatsdAggregator aggregator, GraphiteNames names) {
    StatsdConfig config = aggregator.config;
    this.aggregator = aggregator;
    this.names = names;
    this.timers = new TimerMetrics(config);
    this.deletes =
        new KeyState.DeletePolicy(
            config.deleteCounters(), config.deleteTimers(), config.deleteSets());
    this.flushCounts = config.flushCounts();
    this.flushSeconds = config.flushInterval().toMillis() / 1000.0;
  }

  /**
   * Drains the aggregator into {@code batch}, every point at {@code timestamp}.
   *
   * @return etsy's {@code numStats}, already added to the batch
   */
  int build(long timestamp, PointBatch batch) {
    this.out = batch;
    this.timestamp = timestamp;
    this.numStats = 0;
    aggregator.drain(snapshot, deletes, this);
    batch.add(names.numStats(), timestamp, numStats);
    this.out = null;
    this.key = null;
    return numStats;
  }

  @Override
  public void visit(KeyState key, KeySnapshot s) {
    this.key = key;
    numStats += s.typeCount();
    if (s.hasCounter) {
      out.add(names.counterRate(key), timestamp, s.counter / flushSeconds);
      if (flushCounts) {
        out.add(names.counterCount(key), timestamp, s.counter);
      }
    }
    if (s.hasTimer) {
      if (s.sampleCount == 0) {
        timers.emptyTimer(this);
      } else {
        timers.compute(s.samples, s.sampleCount, s.timerCount, key.bins, this);
      }
    }
    if (s.hasGauge) {
      out.add(names.gauge(key), timestamp, s.gauge);
    }
    if (s.hasSet) {
      out.add(names.set(key), timestamp, s.setSize);
    }
  }

  @Override
  public void add(String sub, double value) {
    out.add(names.timer(key, sub), timestamp, value);
  }
}
