package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.ingest.carbon.RecordingSink.Point;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PickleDecoderTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));

  private final RecordingSink sink = new RecordingSink();
  private final ListenerCounters counters = new ListenerCounters("pickle");
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new PickleInitializer(sink, CLOCK, counters));

  /** A whole frame (length and pickle) as Python wrote it for make_carbon_golden.py. */
  private static byte[] golden(String label) {
    for (JsonNode line : CarbonGolden.lines("pickle.jsonl")) {
      if (line.get("label").asText().equals(label)) {
        return CarbonGolden.bytes(line.get("frame"));
      }
    }
    throw new IllegalArgumentException(label);
  }

  private static byte[] frame(String pickle) {
    byte[] body = pickle.getBytes(StandardCharsets.ISO_8859_1);
    return concat(Unpooled.copyInt(body.length).array(), body);
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuf all = Unpooled.buffer();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    byte[] out = new byte[all.readableBytes()];
    all.readBytes(out);
    return out;
  }

  private void write(byte[] bytes) {
    channel.writeInbound(Unpooled.wrappedBuffer(bytes));
  }

  private long rejected(RejectReason reason) {
    return counters.rejects().get(reason.label());
  }

  @Test
  void decodesEveryProtocolFromPython2And3() {
    for (String label :
        List.of(
            "py3 points protocol 0",
            "py3 points protocol 5",
            "py2 points protocol 0",
            "py2 points protocol 2")) {
      write(golden(label));
    }

    assertThat(sink.points()).hasSize(7 + 7 + 6 + 6);
    assertThat(sink.points().get(0)).isEqualTo(new Point("a.b.c", 1_700_000_000L, 1.5));
    assertThat(sink.points().get(2))
        .isEqualTo(new Point("cpu;dc=ams;host=web01", 1_700_000_002L, 3));
    assertThat(sink.points().get(15)).isEqualTo(new Point("caf\u00e9", 1, 2));
    assertThat(counters.rejects().snapshot()).containsOnlyKeys("nan-value");
  }

  @Test
  void keepsFramesSplitAtEveryByte() {
    byte[] stream = concat(golden("py3 points protocol 2"), golden("py2 points protocol 1"));
    write(stream);
    List<Point> whole = sink.points();
    assertThat(whole).hasSize(13);

    for (int cut = 1; cut < stream.length; cut++) {
      RecordingSink own = new RecordingSink();
      EmbeddedChannel ch =
          new EmbeddedChannel(new PickleInitializer(own, CLOCK, new ListenerCounters("t")));
      ch.writeInbound(Unpooled.wrappedBuffer(stream, 0, cut));
      ch.writeInbound(Unpooled.wrappedBuffer(stream, cut, stream.length - cut));
      assertThat(own.points()).as("cut at %d", cut).isEqualTo(whole);
    }
  }

  @Test
  void deliversTheFramesOfOneReadAsOneBatch() {
    byte[] one = frame("]X\u0001\u0000\u0000\u0000aK\u0001K\u0002\u0086\u0086a.");
    write(concat(one, one, one));

    assertThat(sink.points()).hasSize(3);
    assertThat(sink.batches()).isEqualTo(1);
  }

  @Test
  void skipsMalformedFramesAndElementsAndKeepsTheConnection() {
    write(golden("truncated at 36"));
    write(golden("odd elements protocol 2"));
    write(golden("py3 empty list protocol 2"));
    write(frame("N."));

    assertThat(channel.isOpen()).isTrue();
    assertThat(rejected(RejectReason.MALFORMED_PICKLE)).isEqualTo(2);
    assertThat(rejected(RejectReason.BAD_ELEMENT)).isEqualTo(7);
    assertThat(rejected(RejectReason.BAD_TIMESTAMP)).isEqualTo(3);
    assertThat(rejected(RejectReason.BAD_VALUE)).isEqualTo(1);
    assertThat(rejected(RejectReason.BAD_NAME)).isEqualTo(2);
    assertThat(sink.points())
        .extracting(Point::name)
        .containsExactly(
            "ok", "str-numbers", "two-char", "bool", "a b", "underscore", "-1.5", "ok-after");
    assertThat(counters.lastReject())
        .isEqualTo("pickle: malformed-pickle from embedded: \"a None, not a list of points\"");
  }

  @Test
  void closesTheConnectionOnAnUnsafePickleAndDropsWhatFollows() {
    write(
        concat(
            golden("py3 points protocol 2"),
            golden("os.system via reduce protocol 2"),
            golden("py3 points protocol 2")));

    assertThat(channel.isOpen()).isFalse();
    assertThat(sink.points()).hasSize(7);
    assertThat(rejected(RejectReason.UNSAFE_PICKLE)).isEqualTo(1);
    assertThat(counters.lastReject()).contains("unsafe-pickle").contains("GLOBAL");
  }

  @Test
  void closesTheConnectionOnAFrameOverOneMebibyte() {
    byte[] tooLarge = Unpooled.copyInt(PickleFrameDecoder.MAX_FRAME_LENGTH + 1).array();
    write(concat(golden("py3 points protocol 2"), tooLarge, golden("py3 points protocol 2")));

    assertThat(channel.isOpen()).isFalse();
    assertThat(rejected(RejectReason.FRAME_TOO_LARGE)).isEqualTo(1);
    assertThat(sink.points()).as("the frame before it").hasSize(7);
  }

  @Test
  void acceptsAFrameOfExactlyOneMebibyte() {
    ByteBuf big = Unpooled.buffer().writeInt(PickleFrameDecoder.MAX_FRAME_LENGTH);
    big.writeBytes(new byte[] {']', '('});
    big.writeBytes(
        "N".repeat(PickleFrameDecoder.MAX_FRAME_LENGTH - 4).getBytes(StandardCharsets.US_ASCII));
    big.writeBytes(new byte[] {'e', '.'});
    channel.writeInbound(big);

    assertThat(channel.isOpen()).isTrue();
    assertThat(rejected(RejectReason.BAD_ELEMENT))
        .isEqualTo(PickleFrameDecoder.MAX_FRAME_LENGTH - 4);
  }

  @Test
  void countsAFrameCutShortByTheEndOfTheConnection() {
    byte[] frame = golden("py3 points protocol 2");
    channel.writeInbound(Unpooled.wrappedBuffer(frame, 0, frame.length - 3));
    channel.close();

    assertThat(sink.points()).isEmpty();
    assertThat(rejected(RejectReason.TRUNCATED_FRAME)).isEqualTo(1);
  }

  /** Damaged real pickles: refused or read, never an exception, never closed without a reason. */
  @Property(tries = 500)
  void survivesDamagedPickles(
      @ForAll("goldenLabels") String label,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 4, max = 400) Integer> positions,
      @ForAll byte replacement) {
    byte[] frame = golden(label).clone();
    for (int position : positions) {
      frame[Math.min(position, frame.length - 1)] = replacement;
    }
    ListenerCounters own = new ListenerCounters("fuzz");
    EmbeddedChannel ch =
        new EmbeddedChannel(new PickleInitializer(new RecordingSink(), CLOCK, own));
    ch.writeInbound(Unpooled.wrappedBuffer(frame));
    ch.checkException();
    if (!ch.isOpen()) {
      assertThat(own.rejects().get("unsafe-pickle")).isEqualTo(1);
    }
  }

  @Provide
  Arbitrary<String> goldenLabels() {
    return Arbitraries.of(
        "py3 points protocol 0",
        "py3 points protocol 2",
        "py3 points protocol 5",
        "py2 points protocol 0",
        "py2 points protocol 2",
        "odd elements protocol 4");
  }

  @Test
  void stopsReadingWhileTheSinkIsOverloaded() {
    sink.setOverloaded(true);
    write(golden("py3 points protocol 2"));

    assertThat(channel.config().isAutoRead()).isFalse();
    sink.relieve();
    channel.runPendingTasks();
    assertThat(channel.config().isAutoRead()).isTrue();
  }
}
