package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.ingest.carbon.RecordingSink.Point;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three listeners on real sockets of the loopback interface, on free ports. */
class CarbonListenersTest {
  private static final String HOST = "127.0.0.1";
  private static final long WAIT_MILLIS = 10_000;
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
  private static IngestLoops loops;

  private final RecordingSink sink = new RecordingSink();
  private final CarbonCounters counters = new CarbonCounters();
  private final List<Listener> listeners =
      CarbonListeners.create(loops, HOST, 0, 0, 0, sink, CLOCK, counters);

  @BeforeAll
  static void startLoops() {
    loops = new IngestLoops(1);
  }

  @AfterAll
  static void stopLoops() {
    loops.close();
  }

  @AfterEach
  void closeListeners() {
    listeners.forEach(Listener::close);
  }

  private Listener listener(String name) {
    return listeners.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void namesTheListenersAsServePrintsThem() {
    assertThat(listeners)
        .extracting(Listener::name)
        .containsExactly("carbon-tcp", "carbon-udp", "pickle");
  }

  @Test
  void receivesPlaintextOverTcp() throws Exception {
    InetSocketAddress address = listener(CarbonListeners.TCP).start();
    try (Socket socket = new Socket(HOST, address.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("a.b 1 1700000000\nbad\ncpu;z=1;a=2 2.5 -1\n".getBytes(StandardCharsets.UTF_8));
      out.flush();

      assertThat(sink.awaitPoints(2, WAIT_MILLIS))
          .containsExactly(
              new Point("a.b", 1_700_000_000L, 1), new Point("cpu;a=2;z=1", 1_700_000_000L, 2.5));
    }
    assertThat(address.getAddress().getHostAddress()).isEqualTo(HOST);
    awaitTrue(() -> counters.tcp().metricsReceived() == 2);
    assertThat(counters.tcp().rejects().get("too-few-fields")).isEqualTo(1);
  }

  @Test
  void receivesPlaintextOverUdp() throws Exception {
    InetSocketAddress address = listener(CarbonListeners.UDP).start();
    byte[] datagram = "a 1 2\nb 3 4".getBytes(StandardCharsets.UTF_8);
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.send(new DatagramPacket(datagram, datagram.length, address));

      assertThat(sink.awaitPoints(2, WAIT_MILLIS))
          .containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
    }
    awaitTrue(() -> counters.udp().metricsReceived() == 2);
  }

  @Test
  void receivesPicklesAndClosesOnAnUnsafeOne() throws Exception {
    InetSocketAddress address = listener(CarbonListeners.PICKLE).start();
    byte[] good = CarbonGolden.bytes(goldenFrame("py3 points protocol 4"));
    byte[] evil = CarbonGolden.bytes(goldenFrame("os.system via reduce protocol 4"));
    try (Socket socket = new Socket(HOST, address.getPort())) {
      socket.getOutputStream().write(good);
      assertThat(sink.awaitPoints(7, WAIT_MILLIS)).hasSize(7);

      socket.getOutputStream().write(evil);
      assertThat(socket.getInputStream().read()).as("closed by the listener").isEqualTo(-1);
    }
    assertThat(counters.pickle().rejects().get("unsafe-pickle")).isEqualTo(1);
  }

  private static com.fasterxml.jackson.databind.JsonNode goldenFrame(String label) {
    return CarbonGolden.lines("pickle.jsonl").stream()
        .filter(l -> l.get("label").asText().equals(label))
        .findFirst()
        .orElseThrow()
        .get("frame");
  }

  @Test
  void countsActiveConnections() throws Exception {
    InetSocketAddress address = listener(CarbonListeners.TCP).start();
    try (Socket one = new Socket(HOST, address.getPort());
        Socket two = new Socket(HOST, address.getPort())) {
      awaitTrue(() -> counters.tcp().activeConnections() == 2);
      assertThat(counters.snapshot().activeConnections()).isEqualTo(2);
    }
    awaitTrue(() -> counters.tcp().activeConnections() == 0);
  }

  @Test
  void stopAcceptingKeepsOpenConnectionsWorking() throws Exception {
    Listener tcp = listener(CarbonListeners.TCP);
    InetSocketAddress address = tcp.start();
    try (Socket open = new Socket(HOST, address.getPort())) {
      awaitTrue(() -> counters.tcp().activeConnections() == 1);
      tcp.stopAccepting();

      // The JDK releases a selector-registered socket at the loop's next select: moments later.
      awaitTrue(() -> refused(address.getPort()));
      open.getOutputStream().write("late 1 2\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(sink.awaitPoints(1, WAIT_MILLIS)).containsExactly(new Point("late", 2, 1));
    }
  }

  @Test
  void closeEndsOpenConnectionsAndMayBeRepeated() throws Exception {
    Listener tcp = listener(CarbonListeners.TCP);
    InetSocketAddress address = tcp.start();
    try (Socket open = new Socket(HOST, address.getPort())) {
      awaitTrue(() -> counters.tcp().activeConnections() == 1);
      tcp.close();
      tcp.close();

      assertThat(open.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void namesListenerAndPortWhenTheTcpPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
      int port = taken.getLocalPort();
      Listener tcp = CarbonListeners.create(loops, HOST, port, 0, 0, sink, CLOCK, counters).get(0);

      assertThatThrownBy(tcp::start)
          .isInstanceOf(ListenerException.class)
          .hasMessage(
              "carbon-tcp: cannot listen on 127.0.0.1:" + port + ": address already in use");
    }
  }

  @Test
  void namesListenerAndPortWhenTheUdpPortIsTaken() throws Exception {
    try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(HOST, 0))) {
      int port = taken.getLocalPort();
      Listener udp = CarbonListeners.create(loops, HOST, 0, port, 0, sink, CLOCK, counters).get(1);

      assertThatThrownBy(udp::start)
          .isInstanceOf(ListenerException.class)
          .hasMessage(
              "carbon-udp: cannot listen on 127.0.0.1:" + port + ": address already in use");
    }
  }

  private static boolean refused(int port) {
    try (Socket socket = new Socket(HOST, port)) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
