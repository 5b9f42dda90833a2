package dev.charcoal.bench;

import dev.charcoal.ingest.statsd.StatsdAggregator;
import dev.charcoal.ingest.statsd.StatsdConfig;
import dev.charcoal.ingest.statsd.StatsdServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and aggregation alone, no sockets: metrics per second that one thread turns from packet
 * bytes into statsd state, with the packets {@link StatsdLoad} sends (20 metrics each).
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=StatsdBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatsdBenchmark {
  private static final int PER_PACKET = 20;
  private static final int PACKETS = 1000;

  @Param({"1000", "100000"})
  public int keys;

  private byte[][] packets;
  private StatsdServer server;
  private StatsdAggregator aggregator;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    int count = Math.max(PACKETS, keys / PER_PACKET);
    packets = new byte[count][];
    int key = 0;
    for (int p = 0; p < count; p++) {
      StringBuilder b = new StringBuilder();
      for (int m = 0; m < PER_PACKET; m++, key = (key + 1) % keys) {
        String name = "bench.service" + (key % 100) + ".endpoint" + key;
        int kind = key % 20;
        if (kind < 14) {
          b.append(name).append(".requests:1|c").append(kind == 0 ? "|@0.5" : "");
        } else if (kind < 18) {
          b.append(name).append(".latency:").append(random.nextInt(1000)).append("|ms");
        } else if (kind == 18) {
          b.append(name).append(".queue:").append(random.nextInt(100)).append("|g");
        } else {
          b.append(name).append(".users:u").append(random.nextInt(500)).append("|s");
        }
        b.append('\n');
      }
      packets[p] = b.toString().getBytes(StandardCharsets.UTF_8);
    }
    server = new StatsdServer(StatsdConfig.defaults(), batch -> {}, () -> Instant.EPOCH);
    aggregator = server.aggregator();
  }

  /** Timers keep every value until a flush: flush per iteration, as the server would. */
  @TearDown(Level.Iteration)
  public void flush() {
    server.flushNow();
  }

  @Benchmark
  @OperationsPerInvocation(PER_PACKET)
  public void parseAndAggregate() {
    byte[] packet = packets[next];
    next = next + 1 == packets.length ? 0 : next + 1;
    aggregator.ingest(packet, 0, packet.length);
  }
}
