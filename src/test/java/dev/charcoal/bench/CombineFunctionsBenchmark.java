package dev.charcoal.bench;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
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
 * Combine functions over issue 5's load: 1,000 series × 8,640 points (one day at 10 s, every tenth
 * value null), already in memory, so this measures evaluation alone. The series are named {@code
 * s.g<0-9>.m<0-99>}: ten groups for groupByNode.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=CombineFunctionsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CombineFunctionsBenchmark {
  private static final int SERIES = 1000;
  private static final int POINTS = 8640;
  private static final long STEP = 10;
  private static final long START = 1_700_000_000L;

  @Param({
    "sumSeries(s.*.*)",
    "averageSeries(s.*.*)",
    "asPercent(s.*.*)",
    "divideSeries(s.*.*, s.g0.m0)",
    "groupByNode(s.*.*, 1, 'sum')",
    "percentileOfSeries(s.*.*, 95)",
    "countSeries(s.*.*)"
  })
  public String target;

  private Evaluator evaluator;
  private RenderRequest request;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<TimeSeries> all = new ArrayList<>(SERIES);
    for (int s = 0; s < SERIES; s++) {
      double[] values = new double[POINTS];
      for (int i = 0; i < POINTS; i++) {
        values[i] = i % 10 == s % 10 ? Double.NaN : random.nextDouble() * 100;
      }
      String name = "s.g" + (s / 100) + ".m" + (s % 100);
      all.add(TimeSeries.of(name, name, START, START + POINTS * STEP, STEP, values, 0));
    }
    evaluator =
        new Evaluator(
            (path, from, until, now, xff) ->
                path.equals("s.*.*")
                    ? all
                    : all.stream().filter(series -> series.name().equals(path)).toList(),
            StandardFunctions.registry(),
            EventLookup.NONE,
            EvalLimits.DEFAULT);
    long end = START + POINTS * STEP;
    request = new RenderRequest(List.of(target), START, end, end, ZoneOffset.UTC, Map.of(), 0);
  }

  @Benchmark
  public List<TimeSeries> evaluate() throws EvalException {
    return evaluator.evaluate(request);
  }
}
