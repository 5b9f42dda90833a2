package dev.charcoal.ingest.carbon;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters of the three carbon listeners, for the status bar and for carbon's self metrics
 * ({@code carbon.agents.<host>.metricsReceived}, {@code activeConnections}, and, per listener as
 * go-carbon names them, {@code tcp.metricsReceived} …). Make one per process and pass it to {@link
 * CarbonListeners#create}.
 */
public final class CarbonCounters {
  private final ListenerCounters tcp = new ListenerCounters(CarbonListeners.TCP);
  private final ListenerCounters udp = new ListenerCounters(CarbonListeners.UDP);
  private final ListenerCounters pickle = new ListenerCounters(CarbonListeners.PICKLE);

  public ListenerCounters tcp() {
    return tcp;
  }

  public ListenerCounters udp() {
    return udp;
  }

  public ListenerCounters pickle() {
    return pickle;
  }

  /** All three listeners' counters at one moment. */
  public Snapshot snapshot() {
    return new Snapshot(List.of(tcp.snapshot(), udp.snapshot(), pickle.snapshot()));
  }

  /** Per-listener snapshots, with carbon's totals over them. */
  public record Snapshot(List<ListenerCounters.Snapshot> listeners) {
    public Snapshot {
      listeners = List.copyOf(listeners);
    }

    /** Points delivered by all listeners: carbon's {@code metricsReceived}. */
    public long metricsReceived() {
      return listeners.stream().mapToLong(ListenerCounters.Snapshot::metricsReceived).sum();
    }

    /** Connections open on all listeners: carbon's {@code activeConnections}. */
    public int activeConnections() {
      return listeners.stream().mapToInt(ListenerCounters.Snapshot::activeConnections).sum();
    }

    /** Refusals by reason, summed over the listeners. */
    public Map<String, Long> rejects() {
      Map<String, Long> sum = new TreeMap<>();
      listeners.forEach(l -> l.rejects().forEach((reason, n) -> sum.merge(reason, n, Long::sum)));
      return sum;
    }
  }
}
