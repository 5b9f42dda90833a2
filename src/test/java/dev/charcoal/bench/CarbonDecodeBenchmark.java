package dev.charcoal.bench;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.ingest.MetricSink;
import dev.charcoal.ingest.carbon.CarbonCounters;
import dev.charcoal.ingest.carbon.CarbonListeners;
import dev.charcoal.ingest.carbon.ListenerCounters;
import dev.charcoal.ingest.carbon.PickleInitializer;
import dev.charcoal.ingest.carbon.PlaintextInitializer;
import dev.charcoal.model.PointBatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import net.razorvine.pickle.Pickler;
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
 * Points per second through carbon's decoders: plaintext and pickle through their whole pipelines
 * in an {@link EmbeddedChannel} (no network) into a sink that only counts, plaintext into a sink
 * that looks every name up in a map (as a store must), and plaintext over one real loopback TCP
 * connection to a started {@code carbon-tcp} listener. One operation is one point, so JMH's ops/s
 * are points/s.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=CarbonDecodeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CarbonDecodeBenchmark {
  /** Lines in a 64 KiB read, as Netty reads a busy socket. */
  private static final int LINES_PER_READ = 1500;

  private static final int PICKLE_POINTS_PER_FRAME = 500; // what carbon's relay sends
  private static final int PICKLE_FRAMES_PER_READ = 3;
  private static final int LOOPBACK_LINES = 100_000;
  private static final int REPEATED_NAMES = 1000;
  private static final long NOW = 1_700_000_000L;
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(NOW));

  private final AtomicLong received = new AtomicLong();
  private final MetricSink countingSink = batch -> received.addAndGet(batch.size());
  private EmbeddedChannel pickle;
  private ByteBuf pickleRead;
  private IngestLoops loops;
  private Listener listener;
  private Socket socket;
  private OutputStream out;
  private byte[] loopbackLines;

  /** Reads of plaintext lines, with names that repeat or not. */
  @State(Scope.Benchmark)
  public static class Lines {
    private static final int READS = 64;
    private static final int MAX_MAP_NAMES = 100_000;

    /** {@code repeated}: 1,000 names over and over; {@code unique}: a new name on every line. */
    @Param({"repeated", "unique"})
    public String names;

    private final AtomicLong received = new AtomicLong();
    private final Map<String, long[]> perMetric = new HashMap<>();
    private EmbeddedChannel counting;
    private EmbeddedChannel intoMap;
    private ByteBuf[] reads;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
      counting =
          new EmbeddedChannel(
              new PlaintextInitializer(
                  batch -> received.addAndGet(batch.size()), CLOCK, counters()));
      intoMap = new EmbeddedChannel(new PlaintextInitializer(this::lookUp, CLOCK, counters()));
      reads = new ByteBuf[READS];
      for (int r = 0; r < READS; r++) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < LINES_PER_READ; i++) {
          int n = r * LINES_PER_READ + i;
          lines.append(line(names.equals("unique") ? n : n % REPEATED_NAMES, n));
        }
        reads[r] = Unpooled.copiedBuffer(lines, StandardCharsets.US_ASCII);
      }
    }

    /** A store's first step per point: find the metric's entry by name. */
    private void lookUp(PointBatch batch) {
      if (perMetric.size() > MAX_MAP_NAMES) {
        perMetric.clear(); // unique names: keep the map a store's size, not the run's
      }
      for (int i = 0; i < batch.size(); i++) {
        perMetric.computeIfAbsent(batch.name(i), name -> new long[1])[0]++;
      }
      received.addAndGet(batch.size());
    }

    ByteBuf next() {
      return reads[next++ & (READS - 1)].retainedDuplicate();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      counting.finishAndReleaseAll();
      intoMap.finishAndReleaseAll();
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException, ListenerException {
    pickle = new EmbeddedChannel(new PickleInitializer(countingSink, CLOCK, counters()));
    pickleRead = Unpooled.buffer();
    for (int f = 0; f < PICKLE_FRAMES_PER_READ; f++) {
      List<Object[]> points = new ArrayList<>();
      for (int i = 0; i < PICKLE_POINTS_PER_FRAME; i++) {
        points.add(new Object[] {name(i), new Object[] {NOW + i, i * 0.5}});
      }
      byte[] payload = new Pickler().dumps(points);
      pickleRead.writeInt(payload.length).writeBytes(payload);
    }

    loops = new IngestLoops(1);
    listener =
        CarbonListeners.create(
                loops, "127.0.0.1", 0, 0, 0, countingSink, CLOCK, new CarbonCounters())
            .get(0);
    InetSocketAddress address = listener.start();
    socket = new Socket(address.getAddress(), address.getPort());
    out = socket.getOutputStream();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < LOOPBACK_LINES; i++) {
      lines.append(line(i % REPEATED_NAMES, i));
    }
    loopbackLines = lines.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    socket.close();
    listener.close();
    loops.close();
    pickle.finishAndReleaseAll();
  }

  private static ListenerCounters counters() {
    return new ListenerCounters("bench");
  }

  /** Names like collectd's or diamond's, values with a fraction, seconds since the epoch. */
  private static String line(int name, int i) {
    return name(name) + " " + (i % 977) * 0.25 + " " + (NOW + i / 1000) + "\n";
  }

  private static String name(int n) {
    return "servers.host" + n % 97 + ".cpu" + n + ".user";
  }

  @Benchmark
  @OperationsPerInvocation(LINES_PER_READ)
  public boolean plaintextDecode(Lines lines) {
    return lines.counting.writeInbound(lines.next());
  }

  @Benchmark
  @OperationsPerInvocation(LINES_PER_READ)
  public boolean plaintextDecodeIntoMap(Lines lines) {
    return lines.intoMap.writeInbound(lines.next());
  }

  @Benchmark
  @OperationsPerInvocation(PICKLE_POINTS_PER_FRAME * PICKLE_FRAMES_PER_READ)
  public boolean pickleDecode() {
    return pickle.writeInbound(pickleRead.retainedDuplicate());
  }

  /** One connection: write 100,000 lines, wait until the sink has them all. */
  @Benchmark
  @OperationsPerInvocation(LOOPBACK_LINES)
  public long plaintextLoopback() throws IOException {
    long target = received.get() + LOOPBACK_LINES;
    out.write(loopbackLines);
    out.flush();
    while (received.get() < target) {
      LockSupport.parkNanos(10_000); // leave the core to the event loop
    }
    return target;
  }
}
