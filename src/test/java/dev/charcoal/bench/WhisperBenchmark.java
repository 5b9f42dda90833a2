package dev.charcoal.bench;

import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whisper engine on page-cached files, the same workloads as {@code
 * src/test/python/whisper_bench.py} runs against python3-whisper.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=WhisperBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WhisperBenchmark {
  private static final long NOW = 1_700_000_000L;
  private static final int UPDATE_FILES = 2000;
  private static final int DAY_FILES = 1000;
  private static final int DAY_POINTS = 8640;

  private Path dir;
  private Path[] updateFiles;
  private WhisperFile[] openUpdateFiles;
  private Path[] dayFiles;
  private WhisperFile[] openDayFiles;
  private long archiveOffset;
  private final ByteBuffer plainBuffer = ByteBuffer.allocate(DAY_POINTS * 12);
  private final long[] timestamps = new long[10];
  private final double[] values = new double[10];
  private long now = NOW;
  private int next;

  @Setup(Level.Trial)
  public void createFiles() throws IOException {
    dir = Files.createTempDirectory("whisper-bench");
    updateFiles = new Path[UPDATE_FILES];
    openUpdateFiles = new WhisperFile[UPDATE_FILES];
    for (int i = 0; i < UPDATE_FILES; i++) {
      updateFiles[i] = dir.resolve("u" + i + ".wsp");
      Whisper.create(updateFiles[i], RetentionParser.parseList("60:1440,300:8640,3600:26280"));
      openUpdateFiles[i] = WhisperFile.open(updateFiles[i]);
    }
    dayFiles = new Path[DAY_FILES];
    openDayFiles = new WhisperFile[DAY_FILES];
    long[] ts = new long[DAY_POINTS];
    double[] vs = new double[DAY_POINTS];
    for (int k = 0; k < DAY_POINTS; k++) {
      ts[k] = NOW - 10L * k;
      vs[k] = k;
    }
    for (int i = 0; i < DAY_FILES; i++) {
      dayFiles[i] = dir.resolve("f" + i + ".wsp");
      Whisper.create(dayFiles[i], RetentionParser.parseList("10s:1d,1m:7d"));
      Whisper.updateMany(dayFiles[i], ts, vs, NOW);
      openDayFiles[i] = WhisperFile.openForReading(dayFiles[i]);
    }
    archiveOffset = openDayFiles[0].header().archives().get(0).offset();
    // Let the kernel write everything back now, not while we measure.
    for (Path p : dayFiles) {
      force(p);
    }
    for (Path p : updateFiles) {
      force(p);
    }
  }

  private static void force(Path p) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  @TearDown(Level.Trial)
  public void removeFiles() throws IOException {
    for (WhisperFile f : openUpdateFiles) {
      f.close();
    }
    for (WhisperFile f : openDayFiles) {
      f.close();
    }
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }

  /** Ten consecutive minutes ending now, the next file each call; time moves on per lap. */
  private int nextTenPoints() {
    int i = next++ % UPDATE_FILES;
    if (i == UPDATE_FILES - 1) {
      now += 600;
    }
    for (int k = 0; k < 10; k++) {
      timestamps[k] = now - 60L * k;
      values[k] = k;
    }
    return i;
  }

  @Benchmark
  public void updateManyTenPointsByPath() throws IOException {
    int i = nextTenPoints();
    Whisper.updateMany(updateFiles[i], timestamps, values, now);
  }

  @Benchmark
  public void updateManyTenPointsOpenFile() throws IOException {
    int i = nextTenPoints();
    openUpdateFiles[i].updateMany(timestamps, values, 10, now);
  }

  @Benchmark
  public FetchResult fetchDayByPath() throws IOException {
    return Whisper.fetch(dayFiles[next++ % 100], NOW - 86400, NOW, NOW);
  }

  @Benchmark
  public FetchResult fetchDayOpenFile() throws IOException {
    return openDayFiles[next++ % 100].fetch(NOW - 86400, NOW, NOW);
  }

  /** Fetches the whole day of all 1,000 files: 1,000 × 103,680 archive bytes. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double read1000FilesByPath() throws IOException {
    double sum = 0;
    for (Path p : dayFiles) {
      FetchResult r = Whisper.fetch(p, NOW - 86400 + 10, NOW, NOW);
      sum += r.values()[r.values().length - 1];
    }
    return sum;
  }

  /** The floor for the above: open, read the same 103,680 bytes, close. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long plainRead1000Files() throws IOException {
    long total = 0;
    for (Path p : dayFiles) {
      try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
        plainBuffer.clear();
        long pos = archiveOffset;
        while (plainBuffer.hasRemaining()) {
          pos += ch.read(plainBuffer, pos);
        }
        total += plainBuffer.getLong(plainBuffer.capacity() - 8);
      }
    }
    return total;
  }
}
