package dev.charcoal.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a listener refused, by reason ({@code too-few-fields}, {@code bad-value}, {@code
 * unsafe-pickle}, …), so that bad input is visible in the status bar, the self metrics and the
 * tests instead of vanishing. Thread-safe; counting is a {@link LongAdder} increment.
 */
public final class RejectCounters {
  private final ConcurrentHashMap<String, LongAdder> byReason = new ConcurrentHashMap<>();

  public void count(String reason) {
    byReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  public long get(String reason) {
    LongAdder adder = byReason.get(reason);
    return adder == null ? 0 : adder.sum();
  }

  public long total() {
    return byReason.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The counts so far, sorted by reason. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    byReason.forEach((reason, adder) -> copy.put(reason, adder.sum()));
    return copy;
  }
}
