package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.ingest.carbon.RecordingSink.Point;
import dev.charcoal.model.MetricName;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays what Debian's carbon 1.1.7 received from each stream, datagram and pickle frame
 * (make_carbon_golden.py): we deliver exactly carbon's points, except where COMPATIBILITY.md says
 * we differ. We refuse names carbon's tag rules refuse (carbon stores them unparsed) and timestamps
 * that are not a whole number of seconds in a long (carbon fails on them later); where carbon drops
 * the connection (an overlong line, invalid UTF-8, an exception) we keep it open and keep what
 * follows, so carbon's points are then the start of ours; and we close on hostile pickles,
 * delivering nothing from them.
 */
class CarbonGoldenTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.ofEpochMilli((long) (CarbonGolden.NOW * 1000)));
  private static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 1);

  @TestFactory
  Stream<DynamicTest> plaintextAsCarbonReceivesIt() {
    return CarbonGolden.lines("plaintext.jsonl").stream()
        .map(
            line -> {
              byte[] data = CarbonGolden.bytes(line.get("data"));
              String name = line.get("transport").asText() + " " + preview(data);
              return DynamicTest.dynamicTest(name, () -> replayPlaintext(line, data));
            });
  }

  private static void replayPlaintext(JsonNode line, byte[] data) {
    RecordingSink sink = new RecordingSink();
    ListenerCounters counters = new ListenerCounters("golden");
    boolean udp = line.get("transport").asText().equals("udp");
    ChannelInitializer<Channel> pipeline =
        udp
            ? new DatagramInitializer(sink, CLOCK, counters)
            : new PlaintextInitializer(sink, CLOCK, counters);
    EmbeddedChannel channel = new EmbeddedChannel(pipeline);
    channel.writeInbound(
        udp
            ? new DatagramPacket(Unpooled.wrappedBuffer(data), PEER, PEER)
            : Unpooled.wrappedBuffer(data));
    assertThat(channel.isOpen()).isTrue();
    compare(line, sink.points(), counters);
  }

  @TestFactory
  Stream<DynamicTest> picklesAsCarbonReceivesThem() {
    return CarbonGolden.lines("pickle.jsonl").stream()
        .map(line -> DynamicTest.dynamicTest(line.get("label").asText(), () -> replayPickle(line)));
  }

  private static void replayPickle(JsonNode line) {
    RecordingSink sink = new RecordingSink();
    ListenerCounters counters = new ListenerCounters("golden");
    EmbeddedChannel channel = new EmbeddedChannel(new PickleInitializer(sink, CLOCK, counters));
    channel.writeInbound(Unpooled.wrappedBuffer(CarbonGolden.bytes(line.get("frame"))));
    if (line.get("hostile").asBoolean()) {
      assertThat(channel.isOpen()).as("closed after a hostile frame").isFalse();
      assertThat(sink.points()).isEmpty();
      assertThat(
              counters.rejects().get("unsafe-pickle") + counters.rejects().get("frame-too-large"))
          .isEqualTo(1);
      return;
    }
    assertThat(channel.isOpen()).isTrue();
    compare(line, sink.points(), counters);
  }

  /** Carbon's points, less those we refuse by design; all of ours if carbon stopped early. */
  private static void compare(JsonNode line, List<Point> ours, ListenerCounters counters) {
    List<Point> expected = new ArrayList<>();
    int refusedByDesign = 0;
    for (JsonNode p : line.get("points")) {
      Point point =
          expected(p.get(0).asText(), CarbonGolden.number(p.get(1)), CarbonGolden.number(p.get(2)));
      if (point == null) {
        refusedByDesign++;
      } else {
        expected.add(point);
      }
    }
    boolean carbonStopped = line.get("closed").asBoolean() || line.has("raised");
    if (carbonStopped) {
      assertThat(ours).hasSizeGreaterThanOrEqualTo(expected.size());
      assertThat(ours.subList(0, expected.size())).isEqualTo(expected);
      // What stopped carbon we either refused and counted, or accepted (a bytes name).
      assertThat(counters.rejects().total() + ours.size() - expected.size()).isPositive();
    } else {
      assertThat(ours).isEqualTo(expected);
    }
    assertThat(counters.rejects().total()).isGreaterThanOrEqualTo(refusedByDesign);
  }

  private static Point expected(String name, double timestamp, double value) {
    if (Math.abs(timestamp) >= 0x1p63) {
      return null;
    }
    try {
      return new Point(MetricName.parse(name).normalized(), (long) timestamp, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String preview(byte[] data) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(data.length, 40); i++) {
      int c = data[i] & 0xff;
      sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return sb.append(data.length > 40 ? "..." : "").toString();
  }
}
