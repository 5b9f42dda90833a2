package dev.charcoal.bench;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.index.TreeMetricIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The CPU time one find takes on {@link MetricFindBenchmark}'s tree of 100,000 metrics: steadier
 * than JMH's wall time when the machine is shared (a thread waiting for a core is not charged).
 * Collector threads are not counted either, so large results cost a little more than shown.
 *
 * <pre>
 * mvn -B -q -Pbench exec:exec -Dexec.args="-Xmx1g -cp %classpath dev.charcoal.bench.FindCpuTime"
 * </pre>
 */
public final class FindCpuTime {
  private static final List<String> QUERIES =
      List.of(
          "host999.net.m24", "host1.*", "host12*.cpu.*", "*.cpu.m5", "**.m24", "*.*.m1?", "*.*.*");
  private static final long WARMUP_NANOS = 3_000_000_000L;
  private static final int ROUNDS = 5;

  private FindCpuTime() {}

  public static void main(String[] args) {
    TreeMetricIndex index = MetricFindBenchmark.build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String query : QUERIES) {
      GlobPattern pattern = GlobPattern.compile(query);
      int found = index.find(pattern).size();
      long end = threads.getCurrentThreadCpuTime() + WARMUP_NANOS;
      int runs = 0;
      while (threads.getCurrentThreadCpuTime() < end) {
        index.find(pattern);
        runs++;
      }
      // about a second of CPU per round, the best of five rounds
      int perRound = Math.max(1, runs / 3);
      double best = Double.MAX_VALUE;
      for (int round = 0; round < ROUNDS; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          index.find(pattern);
        }
        best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / (double) perRound);
      }
      System.out.printf("%-18s %,7d found  %,10.1f µs CPU%n", query, found, best / 1e3);
    }
  }
}
