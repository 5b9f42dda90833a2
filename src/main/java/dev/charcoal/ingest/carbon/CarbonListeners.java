package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.MetricSink;
import dev.charcoal.ingest.TcpListener;
import dev.charcoal.ingest.UdpListener;
import io.netty.channel.ChannelHandler;
import java.time.InstantSource;
import java.util.List;

/**
 * Makes carbon's three listeners: plaintext over TCP ({@value #TCP}) and UDP ({@value #UDP}),
 * usually both on port 2003, and pickle ({@value #PICKLE}) on 2004. Nothing is bound until each
 * listener's {@link Listener#start()}.
 */
public final class CarbonListeners {
  /** Plaintext over TCP. */
  public static final String TCP = "carbon-tcp";

  /** Plaintext over UDP. */
  public static final String UDP = "carbon-udp";

  /** Pickle over TCP. */
  public static final String PICKLE = "pickle";

  /** Socket receive buffer asked for carbon-udp, to ride out bursts; the kernel may grant less. */
  static final int RECEIVE_BUFFER_BYTES = 4 << 20;

  private CarbonListeners() {}

  /**
   * The listeners {@value #TCP}, {@value #UDP} and {@value #PICKLE}, in that order, delivering to
   * {@code sink} and counting in {@code counters}; {@code clock} is "now" for timestamp -1. A port
   * of 0 picks a free port when started.
   */
  public static List<Listener> create(
      IngestLoops loops,
      String bindHost,
      int tcpPort,
      int udpPort,
      int picklePort,
      MetricSink sink,
      InstantSource clock,
      CarbonCounters counters) {
    return List.of(
        tcp(
            TCP,
            loops,
            bindHost,
            tcpPort,
            new PlaintextInitializer(sink, clock, counters.tcp()),
            counters.tcp()),
        new UdpListener(
            UDP,
            loops,
            bindHost,
            udpPort,
            RECEIVE_BUFFER_BYTES,
            new DatagramInitializer(sink, clock, counters.udp())),
        tcp(
            PICKLE,
            loops,
            bindHost,
            picklePort,
            new PickleInitializer(sink, clock, counters.pickle()),
            counters.pickle()));
  }

  /**
   * A TCP listener whose connections get {@code pipeline} (sharable: an initializer) and are
   * counted in {@link ListenerCounters#activeConnections()} while open.
   */
  private static TcpListener tcp(
      String name,
      IngestLoops loops,
      String host,
      int port,
      ChannelHandler pipeline,
      ListenerCounters counters) {
    return new TcpListener(
        name,
        loops,
        host,
        port,
        ch -> {
          counters.connectionOpened();
          ch.closeFuture().addListener(closed -> counters.connectionClosed());
          ch.pipeline().addLast(pipeline);
        });
  }
}
