package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.ingest.UdpListener;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatsdListenersTest {
  /** Generous: only a broken listener takes this long; a working one answers in milliseconds. */
  private static final long DEADLINE_NANOS = 30_000_000_000L;

  private final IngestLoops loops = new IngestLoops(1);
  private final StatsdHarness statsd = new StatsdHarness();
  private final List<Listener> listeners =
      StatsdListeners.create(loops, "127.0.0.1", 0, 0, statsd.aggregator);

  @AfterEach
  void close() {
    listeners.forEach(Listener::close);
    loops.close();
  }

  @Test
  void receivesOverUdpAndTcp() throws Exception {
    assertThat(listeners).extracting(Listener::name).containsExactly("statsd-udp", "statsd-tcp");
    InetSocketAddress udp = listeners.get(0).start();
    InetSocketAddress tcp = listeners.get(1).start();
    assertThat(((UdpListener) listeners.get(0)).receiveBufferSize())
        .isGreaterThan(UdpListener.MAX_DATAGRAM_SIZE);

    try (DatagramSocket socket = new DatagramSocket()) {
      byte[] packet = "u:1|c\nlat:5|ms".getBytes(StandardCharsets.UTF_8);
      socket.send(new DatagramPacket(packet, packet.length, udp));
    }
    try (Socket socket = new Socket(tcp.getAddress(), tcp.getPort());
        OutputStream out = socket.getOutputStream()) {
      out.write("t:2|c\nt:3".getBytes(StandardCharsets.UTF_8));
      out.flush();
      out.write("|c\ng:7|g".getBytes(StandardCharsets.UTF_8));
    }
    awaitAtLeast(5, statsd.aggregator::metricsReceived);

    StatsdHarness.Flush flush = statsd.flush();
    assertThat(flush.get("stats_counts.u")).isEqualTo(1.0);
    assertThat(flush.get("stats.timers.lat.upper")).isEqualTo(5.0);
    assertThat(flush.get("stats_counts.t")).isEqualTo(5.0);
    assertThat(flush.get("stats.gauges.g")).isEqualTo(7.0);
  }

  @Test
  void reportsATakenTcpPortNamingTheListener() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Listener tcp =
          StatsdListeners.tcp(loops, "127.0.0.1", taken.getLocalPort(), statsd.aggregator);
      assertThatThrownBy(tcp::start)
          .isInstanceOf(ListenerException.class)
          .hasMessageStartingWith(
              "statsd-tcp: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  @Test
  void reportsATakenUdpPortNamingTheListener() throws Exception {
    try (DatagramSocket taken = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
      Listener udp =
          StatsdListeners.udp(loops, "127.0.0.1", taken.getLocalPort(), statsd.aggregator);
      assertThatThrownBy(udp::start)
          .isInstanceOf(ListenerException.class)
          .hasMessageStartingWith(
              "statsd-udp: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  private static void awaitAtLeast(long expected, LongSupplier value) throws InterruptedException {
    long start = System.nanoTime();
    while (value.getAsLong() < expected) {
      assertThat(System.nanoTime() - start)
          .as("waiting for the listener")
          .isLessThan(DEADLINE_NANOS);
      Thread.sleep(5);
    }
  }
}
