package dev.charcoal.bench;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.function.StandardFunctions;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Filter, Sorting, Alias and Graph functions over 1,000 series × 8,640 points (a day at 10 s,
 * one point in ten missing), fetched from memory: one operation is one whole target evaluated.
 * {@code limit(bench.*.load, 1000)}, which only hands the fetched list on, is the baseline.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=FilterFunctionsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FilterFunctionsBenchmark {
  private static final int SERIES = 1000;
  private static final int POINTS = 8640;
  private static final long STEP = 10;
  private static final long UNTIL = 1_700_000_000L;
  private static final long FROM = UNTIL - POINTS * STEP;

  @Param({
    "limit(bench.*.load, 1000)",
    "highest(bench.*.load, 10, 'max')",
    "mostDeviant(bench.*.load, 10)",
    "sortByName(bench.*.load, true)",
    "removeBelowValue(bench.*.load, 50)",
    "removeAbovePercentile(bench.*.load, 95)",
    "aliasByNode(bench.*.load, 1)",
    "aliasSub(bench.*.load, 'host(\\d+)', 'h\\1')",
    "legendValue(bench.*.load, 'avg', 'max', 'si')",
    "stacked(bench.*.load)"
  })
  public String target;

  private Evaluator evaluator;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<TimeSeries> all = new ArrayList<>(SERIES);
    for (int s = 0; s < SERIES; s++) {
      double[] values = new double[POINTS];
      for (int i = 0; i < POINTS; i++) {
        values[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble(100);
      }
      String name = "bench.host" + s + ".load";
      all.add(TimeSeries.of(name, "bench.*.load", FROM + STEP, UNTIL + STEP, STEP, values, 0));
    }
    SeriesFinder memory = (path, from, until, now, xff) -> all;
    evaluator =
        new Evaluator(memory, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);
  }

  @Benchmark
  public List<TimeSeries> evaluate() throws EvalException {
    return evaluator.evaluate(
        new RenderRequest(List.of(target), FROM, UNTIL, UNTIL, ZoneOffset.UTC, Map.of(), 0));
  }
}
