package dev.charcoal.bench;

import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.query.time.AtTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing costs per request: a typical dashboard target, a long flat one (1,000 paths), a deeply
 * nested one, and an at-time string.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=TargetParserBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TargetParserBenchmark {
  private static final String TYPICAL =
      "aliasByNode(movingAverage(sumSeries(servers.web{1,2,3}.cpu.*.user), '5min'), 1)"
          + "|scale(0.5)|alias('cpu user')";
  private static final String FLAT = "sumSeries(" + "servers.web.cpu.user,".repeat(1000) + "x)";
  private static final String NESTED = "f(1, k=".repeat(50) + "a" + ")".repeat(50);
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

  @Benchmark
  public Object typicalTarget() {
    return TargetParser.parse(TYPICAL);
  }

  @Benchmark
  public Object thousandPaths() {
    return TargetParser.parse(FLAT);
  }

  @Benchmark
  public Object nestedKeywords() {
    return TargetParser.parse(NESTED);
  }

  @Benchmark
  public Object atTime() {
    return AtTime.parse("17:30_yesterday-1h", ZONE, NOW);
  }
}
