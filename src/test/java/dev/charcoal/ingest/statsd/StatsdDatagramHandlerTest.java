package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatsdDatagramHandlerTest {
  private static final InetSocketAddress HERE = new InetSocketAddress("127.0.0.1", 8125);
  private static final InetSocketAddress SENDER = new InetSocketAddress("127.0.0.1", 40000);

  private final StatsdHarness statsd = new StatsdHarness();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new StatsdDatagramHandler(statsd.aggregator));

  private void receive(ByteBuf content) {
    channel.writeInbound(new DatagramPacket(content, HERE, SENDER));
  }

  @Test
  void readsHeapAndDirectDatagramsAndReleasesThem() {
    ByteBuf heap = Unpooled.copiedBuffer("a:1|c\nb:2|c", StandardCharsets.UTF_8);
    ByteBuf direct = Unpooled.directBuffer().writeBytes("a:3|c".getBytes(StandardCharsets.UTF_8));
    receive(heap);
    receive(direct);
    assertThat(heap.refCnt()).isZero();
    assertThat(direct.refCnt()).isZero();
    StatsdHarness.Flush flush = statsd.flush();
    assertThat(flush.get("stats_counts.a")).isEqualTo(4.0);
    assertThat(flush.get("stats_counts.statsd.packets_received")).isEqualTo(2.0);
  }

  @Test
  void readsTheLargestDatagramWhole() {
    StringBuilder packet = new StringBuilder();
    int lines = 0;
    while (packet.length() + 20 < 65_507) {
      packet.append("m").append(lines % 100).append(":1|c\n");
      lines++;
    }
    ByteBuf big =
        Unpooled.directBuffer().writeBytes(packet.toString().getBytes(StandardCharsets.UTF_8));
    receive(big);
    assertThat(statsd.aggregator.metricsReceived()).isEqualTo(lines);
    assertThat(statsd.flush().get("stats_counts.m0")).isEqualTo((double) ((lines + 99) / 100));
  }

  @Test
  void countsAnEmptyDatagramAsAPacketAsEtsyDoes() {
    receive(Unpooled.EMPTY_BUFFER);
    assertThat(statsd.aggregator.packetsReceived()).isEqualTo(1);
    assertThat(statsd.aggregator.metricsReceived()).isZero();
  }
}
