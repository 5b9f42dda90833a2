package dev.charcoal.bench;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the tree browser's per-node counts cost on {@link MetricFindBenchmark}'s 100,000 metrics
 * ({@code host0..host999.{cpu,disk,mem,net}.m0..m24}): a listing (the index's part of {@code
 * ServicesBackend.children}, which the tree repeats for every expanded node every 5 s) without
 * counts, with the counts the index keeps per node, and with counts made by walking each child's
 * subtree, which is what keeping them saves.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=TreeCountsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TreeCountsBenchmark {
  private static final GlobPattern TOP = GlobPattern.compile("*");
  private static final GlobPattern ONE_HOST = GlobPattern.compile("host1.*");

  private TreeMetricIndex index;

  @Setup
  public void setUp() {
    index = MetricFindBenchmark.build();
  }

  /** The 1,000 hosts, no counts: the listing alone. */
  @Benchmark
  public int topLevel() {
    return index.find(TOP).size();
  }

  /** The 1,000 hosts, each with the count its node keeps. */
  @Benchmark
  public long topLevelWithCounts() {
    long total = 0;
    for (MetricIndex.Node node : index.find(TOP)) {
      total += index.count(node.path());
    }
    return total;
  }

  /** The 1,000 hosts, each counted by walking its subtree: every one of the 100,000 metrics. */
  @Benchmark
  public long topLevelCountedByWalking() {
    long total = 0;
    for (MetricIndex.Node node : index.find(TOP)) {
      total += index.metricsAtOrBelow(node.path()).size();
    }
    return total;
  }

  /** One host's four groups with their counts: an expanded host. */
  @Benchmark
  public long oneHostWithCounts() {
    long total = 0;
    for (MetricIndex.Node node : index.find(ONE_HOST)) {
      total += index.count(node.path());
    }
    return total;
  }
}
