package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import java.util.List;

/** The two statsd listeners, on StatsD's port 8125 by default, feeding one aggregator. */
public final class StatsdListeners {
  public static final int DEFAULT_PORT = 8125;

  private StatsdListeners() {}

  /**
   * {@code statsd-udp} and {@code statsd-tcp}, not started yet; port 0 picks a free one each.
   *
   * @param aggregator {@link StatsdServer#aggregator()}
   */
  public static List<Listener> create(
      IngestLoops loops, String bindHost, int udpPort, int tcpPort, StatsdAggregator aggregator) {
    return List.of(
        new StatsdUdpListener(loops, bindHost, udpPort, aggregator),
        new StatsdTcpListener(loops, bindHost, tcpPort, aggregator));
  }
}
