package dev.charcoal.bench;

import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.index.WhisperTreeScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Heap held by the indexes for 100,000 metrics, and the start-up scan of 100,000 whisper files.
 *
 * <pre>
 * mvn -B -q -Pbench exec:exec -Dexec.args="-Xmx1g -cp %classpath dev.charcoal.bench.IndexFootprint"
 * </pre>
 *
 * Heap is measured as used heap after repeated GCs, before and after building (with the index still
 * reachable); the scan is timed on empty {@code .wsp} files just created (so their directories are
 * in the page cache), best of three.
 */
public final class IndexFootprint {
  private static final int METRICS = 100_000;

  private IndexFootprint() {}

  public static void main(String[] args) throws Exception {
    measure("tree, host0..999.{cpu,disk,mem,net}.m0..24", MetricFindBenchmark::build);
    measure(
        "tree, 100,000 unique leaves app.serverNNNNNN.requests",
        () -> {
          TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
          for (int i = 0; i < METRICS; i++) {
            index.add(String.format("app.server%06d.requests", i));
          }
          return index;
        });
    measure(
        "tags, cpu;core=cN;dc=dcN;host=hostN (1000 hosts, 10 dcs, 100 cores)",
        () -> {
          MemoryTagIndex tags = new MemoryTagIndex();
          for (int i = 0; i < METRICS; i++) {
            tags.add("cpu;host=host" + (i % 1000) + ";dc=dc" + (i % 10) + ";core=c" + (i / 1000));
          }
          return tags;
        });
    scan();
  }

  private static void measure(String what, Supplier<Object> build) {
    long before = usedAfterGc();
    Object index = build.get();
    long after = usedAfterGc();
    System.out.printf(
        "%-70s %6.1f MB, %5.0f bytes/metric%n",
        what, (after - before) / 1e6, (after - before) / (double) METRICS);
    if (index.hashCode() == 42) {
      System.out.println(); // keeps the index reachable until measured
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static void scan() throws IOException {
    Path root = Files.createTempDirectory("charcoal-scan-");
    try {
      for (int h = 0; h < MetricFindBenchmark.HOSTS; h++) {
        for (String group : MetricFindBenchmark.GROUPS) {
          Path dir = Files.createDirectories(root.resolve("host" + h).resolve(group));
          for (int m = 0; m < MetricFindBenchmark.PER_GROUP; m++) {
            Files.createFile(dir.resolve("m" + m + ".wsp"));
          }
        }
      }
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        MemoryTagIndex tags = new MemoryTagIndex();
        TreeMetricIndex index = new TreeMetricIndex(tags);
        long start = System.nanoTime();
        WhisperTreeScan.Report report = WhisperTreeScan.scan(root, index, tags);
        best = Math.min(best, System.nanoTime() - start);
        if (report.metrics() != METRICS) {
          throw new AssertionError("scanned " + report);
        }
      }
      System.out.printf("scan of %,d whisper files: %.0f ms (best of 3)%n", METRICS, best / 1e6);
    } finally {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
