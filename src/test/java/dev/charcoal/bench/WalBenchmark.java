package dev.charcoal.bench;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.wal.WalOptions;
import dev.charcoal.store.wal.WalStatus;
import dev.charcoal.store.wal.WriteAheadLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write-ahead log throughput in points per second: batches of 10,000 points over 1,000 distinct
 * names, with the default options (fsync every second, 64 MiB segments). Each iteration ends with
 * the persister's roll and deleteThrough, so the disk does not fill up.
 *
 * <ul>
 *   <li>{@code append}: sustained appending from one thread, the writer thread writing and fsyncing
 *       behind it. The log is on tmpfs ({@code /dev/shm} where there is one), so that the figure is
 *       the CPU cost and not the disk's speed; and the appending thread yields while more than
 *       {@link #BACKLOG} bytes wait, since a log that runs out of memory for pending records drops
 *       points (counts them unlogged), which is cheaper than logging them and would inflate the
 *       figure.
 *   <li>{@code append2Threads}: the same from two threads at once, as two Netty event loops.
 *   <li>{@code appendAndSync}: 100 batches, then {@code sync()}, on the real disk: durable
 *       throughput, fsync included.
 * </ul>
 *
 * <p>An iteration that left points unlogged (the writer fell behind) says so: its figure is void.
 * {@code gauge} values are fractional (8 bytes each in the log), {@code counter} values whole
 * numbers (a varint).
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=WalBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WalBenchmark {
  private static final int NAMES = 1000;
  private static final int BATCH = 10_000;
  private static final int BATCHES = 16;
  private static final int BATCHES_PER_SYNC = 100;
  private static final Path TMPFS = Path.of("/dev/shm");
  private static final long BACKLOG = WalOptions.DEFAULT_MAX_PENDING_BYTES / 2;

  @Param({"gauge", "counter"})
  public String values;

  /** An open log in a fresh directory under {@code parent}. */
  abstract static class Log {
    private Path dir;
    WriteAheadLog wal;
    private long unloggedBefore;

    void open(Path parent) throws IOException {
      dir = Files.createTempDirectory(parent, "wal-bench");
      wal = WriteAheadLog.open(dir, WalOptions.defaults(), batch -> {});
    }

    void appendKeepingUp(PointBatch batch) {
      while (wal.status().pendingBytes() > BACKLOG) {
        Thread.yield();
      }
      wal.append(batch);
    }

    void persist() {
      WalStatus status = wal.status();
      long unlogged = status.unloggedPoints() - unloggedBefore;
      if (unlogged > 0) {
        System.out.printf(
            "%n%,d points unlogged in this iteration, the figure is void: %s%n", unlogged, status);
      }
      unloggedBefore = status.unloggedPoints();
      wal.deleteThrough(wal.roll());
    }

    void close() throws IOException {
      wal.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A log on tmpfs: the disk is out of the picture. */
  @State(Scope.Benchmark)
  public static class MemoryLog extends Log {
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      open(Files.isDirectory(TMPFS) ? TMPFS : Path.of(System.getProperty("java.io.tmpdir")));
    }

    @TearDown(Level.Iteration)
    public void iterationDone() {
      persist();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      close();
    }
  }

  /** A log in the temporary directory, on disk. */
  @State(Scope.Benchmark)
  public static class DiskLog extends Log {
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      open(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @TearDown(Level.Iteration)
    public void iterationDone() {
      persist();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      close();
    }
  }

  /** Each thread cycles over its own batches, as each event loop fills its own. */
  @State(Scope.Thread)
  public static class Batches {
    private final PointBatch[] batches = new PointBatch[BATCHES];
    private int next;

    @Setup(Level.Trial)
    public void fill(WalBenchmark bench) {
      Random random = new Random(42);
      String[] names = new String[NAMES];
      for (int i = 0; i < NAMES; i++) {
        names[i] = "servers.host" + (i / 20) + ".cpu" + (i % 20) + ".user";
      }
      long timestamp = 1_700_000_000L;
      for (int b = 0; b < BATCHES; b++) {
        batches[b] = new PointBatch(BATCH);
        for (int i = 0; i < BATCH; i++) {
          double value =
              bench.values.equals("gauge")
                  ? random.nextInt(100_000) / 100.0
                  : random.nextInt(1_000_000);
          batches[b].add(names[i % NAMES], timestamp + i / NAMES, value);
        }
        timestamp += BATCH / NAMES;
      }
    }

    PointBatch next() {
      return batches[next++ % BATCHES];
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void append(MemoryLog log, Batches batches) {
    log.appendKeepingUp(batches.next());
  }

  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(BATCH)
  public void append2Threads(MemoryLog log, Batches batches) {
    log.appendKeepingUp(batches.next());
  }

  @Benchmark
  @OperationsPerInvocation(BATCH * BATCHES_PER_SYNC)
  public boolean appendAndSync(DiskLog log, Batches batches) {
    for (int i = 0; i < BATCHES_PER_SYNC; i++) {
      log.wal.append(batches.next());
    }
    return log.wal.sync();
  }
}
