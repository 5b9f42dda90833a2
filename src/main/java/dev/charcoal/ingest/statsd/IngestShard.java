package dev.charcoal.ingest.statsd;

/**
 * One thread's side of the {@link StatsdAggregator}: its parser and its cache from raw key bytes to
 * key state. Only the owning thread uses it, so neither needs a lock; the per-key state it updates
 * has its own.
 */
final class IngestShard implements StatsdParser.Target {
  /** Raw-key cache entries allowed beyond twice the live keys before the cache is emptied. */
  static final int CACHE_SLACK = 1 << 16;

  private final StatsdAggregator aggregator;
  private final StatsdParser parser = new StatsdParser();
  private final KeyTable table = new KeyTable();
  private int seenEpoch;

  IngestShard(StatsdAggregator aggregator) {
    this.aggregator = aggregator;
    this.seenEpoch = aggregator.retireEpoch();
  }

  void ingest(byte[] packet, int from, int to) {
    int epoch = aggregator.retireEpoch();
    if (epoch != seenEpoch) {
      table.removeRetired();
      seenEpoch = epoch;
    }
    aggregator.countPacket(parser.parse(packet, from, to, this));
  }

  @Override
  public void metric(ParsedMetric m) {
    int hash = KeyTable.hash(m);
    KeyState state = table.get(m, hash);
    while (true) {
      if (state == null) {
        state = aggregator.stateFor(m);
        if (state == null) {
          return; // refused and counted
        }
        if (aggregator.cacheTooLarge(table.size())) {
          // Many spellings of few keys ("a b", "a  b"…): start over rather than grow forever.
          table.clear();
        }
        table.put(m, hash, state);
      }
      if (apply(state, m)) {
        return;
      }
      state = null; // retired by a flush since it was cached: look it up again
    }
  }

  private boolean apply(KeyState state, ParsedMetric m) {
    return switch (m.type) {
      case COUNTER -> state.addCounter(m.value, m.inverseRate);
      case TIMER -> state.addTimer(m.value, m.inverseRate);
      case GAUGE -> state.updateGauge(m.value, m.signed, aggregator.gaugeTtl);
      case SET -> state.addSetMember(m.valueBytes, m.valueFrom, m.valueTo);
    };
  }

  @Override
  public void badLine(BadLine reason, byte[] line, int from, int to) {
    aggregator.refuse(reason, line, from, to);
  }
}
