package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.TcpListener;
import dev.charcoal.ingest.UdpListener;
import java.util.List;

/**
 * The two statsd listeners, on StatsD's port 8125 by default, feeding one aggregator. TCP needs no
 * back-pressure: lines go into the aggregator, whose size depends on the keys, not on how fast they
 * come.
 */
public final class StatsdListeners {
  public static final int DEFAULT_PORT = 8125;
  public static final String UDP = "statsd-udp";
  public static final String TCP = "statsd-tcp";

  /**
   * 32 MiB: about 0.5 s of 1 M metrics/s, enough to ride out a GC pause or a busy CPU. Linux grants
   * at most {@code net.core.rmem_max} (often 4 MiB; raise it with {@code sysctl -w
   * net.core.rmem_max=33554432}).
   */
  static final int RECEIVE_BUFFER_BYTES = 32 << 20;

  private StatsdListeners() {}

  /**
   * {@code statsd-udp} and {@code statsd-tcp}, not started yet; port 0 picks a free one each.
   *
   * @param aggregator {@link StatsdServer#aggregator()}
   */
  public static List<Listener> create(
      IngestLoops loops, String bindHost, int udpPort, int tcpPort, StatsdAggregator aggregator) {
    return List.of(
        udp(loops, bindHost, udpPort, aggregator), tcp(loops, bindHost, tcpPort, aggregator));
  }

  /** {@code statsd-udp}: statsd datagrams on one socket, read by one event loop. */
  public static UdpListener udp(
      IngestLoops loops, String host, int port, StatsdAggregator aggregator) {
    return new UdpListener(
        UDP, loops, host, port, RECEIVE_BUFFER_BYTES, new StatsdDatagramHandler(aggregator));
  }

  /** {@code statsd-tcp}: newline-terminated statsd lines ({@link StatsdStreamDecoder}). */
  public static TcpListener tcp(
      IngestLoops loops, String host, int port, StatsdAggregator aggregator) {
    return new TcpListener(
        TCP, loops, host, port, ch -> ch.pipeline().addLast(new StatsdStreamDecoder(aggregator)));
  }
}
