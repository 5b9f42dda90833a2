package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ingest.carbon.RecordingSink.Point;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class PlaintextDatagramDecoderTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
  private static final InetSocketAddress SENDER = new InetSocketAddress("127.0.0.1", 5555);
  private static final InetSocketAddress RECIPIENT = new InetSocketAddress("127.0.0.1", 2003);

  private final RecordingSink sink = new RecordingSink();
  private final ListenerCounters counters = new ListenerCounters("carbon-udp");
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new DatagramInitializer(sink, CLOCK, counters));

  private void send(byte[] bytes) {
    channel.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(bytes), RECIPIENT, SENDER));
  }

  private void send(String text) {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesEachDatagramIntoOneBatch() {
    send("a 1 2\nb 3 4");
    send("c 5 6\n");

    assertThat(sink.points())
        .containsExactly(new Point("a", 2, 1), new Point("b", 4, 3), new Point("c", 6, 5));
    assertThat(sink.batches()).isEqualTo(2);
    assertThat(counters.metricsReceived()).isEqualTo(3);
  }

  @Test
  void splitsLinesAsPythonSplitlines() {
    send("a 1 2\r\nb 1 2\rc 1 2\u000bd 1 2\u000ce 1 2\u001cf 1 2\u001dg 1 2\u001eh 1 2");
    send("i 1 2\u0085j 1 2\u2028k 1 2\u2029l 1 2");

    assertThat(sink.points())
        .extracting(Point::name)
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    assertThat(counters.rejects().total()).isZero();
  }

  @Test
  void countsEmptyLinesBetweenBreaksButNotAfterTheLast() {
    send("a 1 2\n\nb 3 4\n");
    send("c 5 6\u2028\n");
    send("d 7 8\u2028");

    assertThat(sink.points()).extracting(Point::name).containsExactly("a", "b", "c", "d");
    assertThat(counters.rejects().get("empty-line")).isEqualTo(2);
  }

  @Test
  void refusesOnlyTheLineThatIsNotUtf8() {
    send(
        new byte[] {
          'a',
          ' ',
          '1',
          ' ',
          '2',
          '\n',
          (byte) 0xc3,
          ' ',
          '1',
          ' ',
          '2',
          '\n',
          'b',
          ' ',
          '3',
          ' ',
          '4'
        });

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
    assertThat(counters.rejects().get("invalid-utf8")).isEqualTo(1);
    assertThat(counters.lastReject()).startsWith("carbon-udp: invalid-utf8 from /127.0.0.1:5555: ");
  }

  @Test
  void acceptsLinesLongerThanTheTcpLimit() {
    String name = "x".repeat(PlaintextParser.MAX_LINE_LENGTH + 10);
    send(name + " 1 2\n");

    assertThat(sink.points()).containsExactly(new Point(name, 2, 1));
  }

  @Test
  void ignoresAnEmptyDatagram() {
    send(new byte[0]);

    assertThat(sink.batches()).isZero();
    assertThat(counters.rejects().total()).isZero();
  }

  @Test
  void neverPausesReading() {
    sink.setOverloaded(true);
    send("a 1 2\n");

    assertThat(channel.config().isAutoRead()).isTrue();
    assertThat(sink.waitingForRelief()).isZero();
  }
}
