package dev.charcoal.bench;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import java.util.List;
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
 * {@code /metrics/find} over 100,000 metrics: {@code host0..host999.{cpu,disk,mem,net}.m0..m24},
 * the index's part of the request (glob walk and sorted result; JSON is the API's). Sample time
 * too: its median is steadier than the average on a shared machine, where the collector of the
 * large results waits for a core.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=MetricFindBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MetricFindBenchmark {
  static final int HOSTS = 1000;
  static final List<String> GROUPS = List.of("cpu", "disk", "mem", "net");
  static final int PER_GROUP = 25;

  private TreeMetricIndex index;

  /** The benchmark tree, also used by {@link IndexFootprint}. */
  static TreeMetricIndex build() {
    TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
    for (int h = 0; h < HOSTS; h++) {
      for (String group : GROUPS) {
        for (int m = 0; m < PER_GROUP; m++) {
          index.add("host" + h + "." + group + ".m" + m);
        }
      }
    }
    return index;
  }

  @Setup
  public void setUp() {
    index = build();
  }

  private Object find(String pattern) {
    return index.find(GlobPattern.compile(pattern));
  }

  /** 11 hosts × 25 leaves: a prefix scan over 1,000 hosts, then literal and wildcard. */
  @Benchmark
  public Object hostPrefixGroupAll() {
    return find("host12*.cpu.*");
  }

  /** One leaf of every host: 1,000 results. */
  @Benchmark
  public Object everyHostOneMetric() {
    return find("*.cpu.m5");
  }

  /** The four groups of one host: what a tree browser asks. */
  @Benchmark
  public Object oneHostChildren() {
    return find("host1.*");
  }

  /** Every one of the 100,000 leaves tested, 40,000 found. */
  @Benchmark
  public Object scanEveryLeaf() {
    return find("*.*.m1?");
  }

  /** Everything: 100,000 leaves found. */
  @Benchmark
  public Object allLeaves() {
    return find("*.*.*");
  }

  /** A globstar at the front: 4,000 leaves at depth 3. */
  @Benchmark
  public Object globstar() {
    return find("**.m24");
  }

  /** A literal path. */
  @Benchmark
  public Object literal() {
    return find("host999.net.m24");
  }
}
