package dev.charcoal.bench;

import dev.charcoal.model.regex.PythonPattern;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Python pattern translated and compiled to a Java one, per pattern, over the patterns of
 * carbon's default rules and some typical render-function ones.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=PythonPatternBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PythonPatternBenchmark {
  private static final List<String> TYPICAL =
      List.of(
          "^stats_counts\\.",
          "\\.count$",
          "\\.sum(_\\d+)?$",
          "\\.upper(_\\d+)?$",
          ".*",
          "^carbon\\.",
          "servers\\.(\\w+)\\..*",
          "^(web|db)[0-9]+$",
          "(?i)error",
          "[.-]");

  @Benchmark
  @OperationsPerInvocation(10)
  public int translateAndCompile() {
    int sink = 0;
    for (String p : TYPICAL) {
      sink += PythonPattern.compile(p).pattern().length();
    }
    return sink;
  }

  @Benchmark
  @OperationsPerInvocation(10)
  public int translateOnly() {
    int sink = 0;
    for (String p : TYPICAL) {
      sink += PythonPattern.translate(p).java().length();
    }
    return sink;
  }
}
