package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;

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

class PlaintextStreamDecoderTest {
  private static final long NOW = 1_700_000_000L;
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(NOW, 750));
  private static final int MAX = PlaintextParser.MAX_LINE_LENGTH;

  private final RecordingSink sink = new RecordingSink();
  private final ListenerCounters counters = new ListenerCounters("carbon-tcp");
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new PlaintextInitializer(sink, CLOCK, counters));

  private void write(String text) {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] bytes) {
    channel.writeInbound(Unpooled.wrappedBuffer(bytes));
  }

  private long rejected(RejectReason reason) {
    return counters.rejects().get(reason.label());
  }

  @Test
  void decodesLinesIntoOneBatchPerRead() {
    write("a.b.c 1 1700000000\nd.e 2.5 1700000010\n");

    assertThat(sink.points())
        .containsExactly(new Point("a.b.c", NOW, 1), new Point("d.e", NOW + 10, 2.5));
    assertThat(sink.batches()).isEqualTo(1);
    assertThat(counters.metricsReceived()).isEqualTo(2);
  }

  @Test
  void splitsFieldsOnAnyWhitespaceRun() {
    write("  a \t 1 \t 2 \r\nb\u000b3\u000c4\u001c\n");

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
  }

  @Test
  void keepsLinesSplitAtEveryByte() {
    byte[] stream =
        "a 1 2\r\ncpu;b=2;a=1 3 4\n\nbad\ncaf\u00e9 5 6\n".getBytes(StandardCharsets.UTF_8);
    List<Point> whole = decode(stream, List.of(stream.length));
    assertThat(whole).hasSize(3);
    for (int cut = 1; cut < stream.length; cut++) {
      assertThat(decode(stream, List.of(cut, stream.length - cut)))
          .as("cut at %d", cut)
          .isEqualTo(whole);
    }
  }

  @Property(tries = 200)
  void chunkingNeverChangesWhatIsDecoded(
      @ForAll("lines") List<String> lines,
      @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 40) Integer> chunks) {
    byte[] stream = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
    assertThat(decode(stream, chunks)).isEqualTo(decode(stream, List.of(stream.length)));
  }

  @Property(tries = 300)
  void survivesAnyBytes(@ForAll byte[] noise, @ForAll @IntRange(min = 1, max = 64) int chunk) {
    byte[] stream =
        concat(
            "a 1 2\n".getBytes(StandardCharsets.US_ASCII),
            noise,
            "\nz 3 4\n".getBytes(StandardCharsets.US_ASCII));
    RecordingSink own = new RecordingSink();
    EmbeddedChannel ch = new EmbeddedChannel(new PlaintextInitializer(own, CLOCK, counters));
    for (int i = 0; i < stream.length; i += chunk) {
      ch.writeInbound(Unpooled.wrappedBuffer(stream, i, Math.min(chunk, stream.length - i)));
    }
    assertThat(ch.isOpen()).isTrue();
    assertThat(own.points()).first().isEqualTo(new Point("a", 2, 1));
    assertThat(own.points()).last().isEqualTo(new Point("z", 4, 3));
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> name =
        Arbitraries.of("a.b", "cpu;host=x;dc=y", "x{t=\"v\"}", "\u00e9t\u00e9", "n");
    Arbitrary<String> number = Arbitraries.of("1", "-1", "2.5", "1e3", "nan", "inf", "1_0", "x");
    Arbitrary<String> space = Arbitraries.of(" ", "\t", "  ", "\r");
    return Arbitraries.oneOf(
            name.flatMap(
                n ->
                    number.flatMap(
                        v -> number.flatMap(t -> space.map(s -> n + s + v + " " + t + s)))),
            Arbitraries.strings().ofMaxLength(12))
        .list()
        .ofMaxSize(12);
  }

  private List<Point> decode(byte[] stream, List<Integer> chunks) {
    RecordingSink own = new RecordingSink();
    EmbeddedChannel ch =
        new EmbeddedChannel(new PlaintextInitializer(own, CLOCK, new ListenerCounters("t")));
    int at = 0;
    for (int n : chunks) {
      int len = Math.min(n, stream.length - at);
      ch.writeInbound(Unpooled.wrappedBuffer(stream, at, len));
      at += len;
    }
    if (at < stream.length) {
      ch.writeInbound(Unpooled.wrappedBuffer(stream, at, stream.length - at));
    }
    return own.points();
  }

  @Test
  void refusesAnOverlongLineAndKeepsTheLinesAroundIt() {
    write("a 1 2\n" + "x".repeat(MAX + 1) + " 1 2\nb 3 4\n");

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
    assertThat(rejected(RejectReason.LINE_TOO_LONG)).isEqualTo(1);
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void acceptsALineOfExactlyTheLimit() {
    String name = "x".repeat(MAX - " 1 2\r".length());
    write(name + " 1 2\r\n");

    assertThat(sink.points()).containsExactly(new Point(name, 2, 1));
  }

  @Test
  void refusesAnOverlongLineSpreadOverManyReadsOnce() {
    write("a 1 2\nxxx");
    for (int i = 0; i < 40; i++) {
      write("x".repeat(1000));
    }
    write("x 1 2\nb 3 4\n");

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
    assertThat(rejected(RejectReason.LINE_TOO_LONG)).isEqualTo(1);
    assertThat(counters.lastReject())
        .startsWith("carbon-tcp: line-too-long from embedded: \"xxx")
        .endsWith("...\"");
  }

  @Test
  void decodesAReadLargerThanOneChunk() {
    StringBuilder lines = new StringBuilder();
    int n = 3 * PlaintextStreamDecoder.CHUNK_SIZE / 10;
    for (int i = 0; i < n; i++) {
      lines.append("m").append(i % 10).append(" ").append(i).append(" 1\n");
    }
    write(lines.toString());

    assertThat(sink.points()).hasSize(n).last().isEqualTo(new Point("m" + (n - 1) % 10, 1, n - 1));
    assertThat(sink.batches()).isGreaterThan(1);
  }

  @Test
  void skipsOnlyTheLineThatIsNotUtf8() {
    write(
        concat(
            "a 1 2\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xff, ' ', '1', ' ', '2', '\n'},
            "b 3 4\n".getBytes(StandardCharsets.US_ASCII)));

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1), new Point("b", 4, 3));
    assertThat(rejected(RejectReason.INVALID_UTF8)).isEqualTo(1);
  }

  @Test
  void splitsNonAsciiLinesOnUnicodeWhitespace() {
    write("caf\u00e9 1 2\nx\u00a0y 1 2\na\u2003\u0661 \u0662\n");

    assertThat(sink.points()).containsExactly(new Point("caf\u00e9", 2, 1), new Point("a", 2, 1));
    assertThat(rejected(RejectReason.TOO_MANY_FIELDS)).isEqualTo(1);
  }

  @Test
  void dropsAndCountsAnUnterminatedLastLine() {
    write("a 1 2\nb 3");
    channel.close();

    assertThat(sink.points()).containsExactly(new Point("a", 2, 1));
    assertThat(rejected(RejectReason.UNTERMINATED_LINE)).isEqualTo(1);
  }

  @Test
  void ignoresTrailingWhitespaceAtClose() {
    write("a 1 2\n \r");
    channel.close();

    assertThat(counters.rejects().total()).isZero();
  }

  @Test
  void readsMinusOneAsNowAndTruncatesTowardZero() {
    write("a 1 -1\nb 1 -1.5\nc 1 -2\nd 1 -0.5\ne 1 1.9\nf 1 -1700000000.9\ng 1 17e8\n");

    assertThat(sink.points())
        .extracting(Point::timestamp)
        .containsExactly(NOW, NOW, -2L, 0L, 1L, -1_700_000_000L, 1_700_000_000L);
  }

  @Test
  void normalisesTaggedNames() {
    write("cpu;host=b;dc=a 1 2\nm{z=\"1\",a=\"2\"} 1 2\n~x.y 1 2\n");

    assertThat(sink.points())
        .extracting(Point::name)
        .containsExactly("cpu;dc=a;host=b", "m;a=2;z=1", "~x.y");
  }

  @Test
  void countsEveryRefusalByReason() {
    write(
        String.join(
            "\n",
            "",
            "   ",
            "a 1",
            "a 1 2 3",
            "a one 2",
            "a 1 now",
            "a 0x10 2",
            "a 1__0 2",
            "a nan 2",
            "a NaN 2",
            "a 1 inf",
            "a 1 nan",
            "a 1 1e300",
            "a;bad 1 2",
            ";a=b 1 2",
            "ok inf 2",
            ""));

    assertThat(counters.rejects().snapshot())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                "empty-line", 2L,
                "too-few-fields", 1L,
                "too-many-fields", 1L,
                "bad-value", 3L,
                "bad-timestamp", 4L,
                "nan-value", 2L,
                "bad-name", 2L));
    assertThat(sink.points()).containsExactly(new Point("ok", 2, Double.POSITIVE_INFINITY));
    assertThat(counters.lastReject()).isEqualTo("carbon-tcp: bad-name from embedded: \";a=b 1 2\"");
  }

  @Test
  void stopsReadingWhileTheSinkIsOverloaded() {
    sink.setOverloaded(true);
    write("a 1 2\n");
    write("b 3 4\n");

    assertThat(channel.config().isAutoRead()).isFalse();
    assertThat(sink.waitingForRelief()).isEqualTo(1);

    sink.relieve();
    channel.runPendingTasks();

    assertThat(channel.config().isAutoRead()).isTrue();
    assertThat(sink.points()).hasSize(2);
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
}
