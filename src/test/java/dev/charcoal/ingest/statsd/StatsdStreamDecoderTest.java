package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatsdStreamDecoderTest {
  private final StatsdHarness statsd = new StatsdHarness();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new StatsdStreamDecoder(statsd.aggregator));

  private void write(String text) {
    channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
  }

  @Test
  void joinsLinesSplitAcrossReads() {
    write("a:1");
    write("|c\nb:2|");
    assertThat(statsd.aggregator.metricsReceived()).isEqualTo(1);
    write("c\n");
    channel.finish();
    StatsdHarness.Flush flush = statsd.flush();
    assertThat(flush.values()).contains(entry("stats_counts.a", 1.0), entry("stats_counts.b", 2.0));
    // etsy hands on everything up to the last newline of each read as one packet.
    assertThat(flush.get("stats_counts.statsd.packets_received")).isEqualTo(2.0);
  }

  @Test
  void readsALastLineWithoutNewlineWhenTheConnectionCloses() {
    write("a:1|c\nlast:5|c");
    assertThat(statsd.aggregator.metricsReceived()).isEqualTo(1);
    channel.finish();
    assertThat(statsd.flush().get("stats_counts.last")).isEqualTo(5.0);
  }

  @Test
  void dropsAnOverlongLineUpToItsNewlineAndKeepsTheNextOnes() {
    String chunk = "x".repeat(10_000);
    for (int i = 0; i < 10; i++) {
      write(chunk); // 100 KB without a newline, in pieces
    }
    write(chunk + ":1|c\nok:1|c\n");
    channel.finish();
    assertThat(statsd.aggregator.badLines().snapshot()).containsOnly(entry("line-too-long", 1L));
    StatsdHarness.Flush flush = statsd.flush();
    assertThat(flush.get("stats_counts.ok")).isEqualTo(1.0);
    assertThat(flush.values().keySet()).noneMatch(name -> name.contains("xxx"));
  }

  @Test
  void dropsAnOverlongLastLineAtClose() {
    write("ok:1|c\n" + "y".repeat(StatsdStreamDecoder.MAX_LINE_BYTES + 1));
    channel.finish();
    assertThat(statsd.aggregator.badLines().snapshot()).containsOnly(entry("line-too-long", 1L));
    assertThat(statsd.flush().get("stats_counts.ok")).isEqualTo(1.0);
  }

  @Test
  void keepsALineJustUnderTheLimit() {
    String key = "k".repeat(StatsdStreamDecoder.MAX_LINE_BYTES - 10);
    write(key + ":1|c");
    write("\n");
    channel.finish();
    assertThat(statsd.aggregator.badLines().total()).isZero();
    assertThat(statsd.flush().get("stats_counts." + key)).isEqualTo(1.0);
  }

  @Test
  void readsCrlfLines() {
    write("a:1|c\r\nt:-1|ms\r\n");
    channel.finish();
    assertThat(statsd.aggregator.badLines().snapshot()).containsOnly(entry("negative-timer", 1L));
    assertThat(statsd.flush().get("stats_counts.a")).isEqualTo(1.0);
  }
}
