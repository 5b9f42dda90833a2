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
 * Transform functions over the load: 1,000 series × 8,640 points (a day at 10 s, every 7th
 * point null), already in memory, so only the function is measured (the finder hands out the same
 * arrays; re-fetching functions get them again for their shifted range).
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=TransformBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TransformBenchmark {
  private static final int SERIES = 1_000;
  private static final int POINTS = 8_640;
  private static final long STEP = 10;
  private static final long NOW = 1_700_000_000L - 1_700_000_000L % 86_400;
  private static final int NULL_EVERY = 7;

  @Param({
    "derivative(load.*)",
    "nonNegativeDerivative(load.*)",
    "perSecond(load.*)",
    "scale(load.*, 2.5)",
    "keepLastValue(load.*)",
    "transformNull(load.*, 0)",
    "integral(load.*)",
    "summarize(load.*, \"1h\", \"sum\")",
    "summarize(load.*, \"5min\", \"max\")",
    "hitcount(load.*, \"1h\")",
    "timeShift(load.*, \"1d\")",
  })
  public String target;

  private Evaluator evaluator;
  private RenderRequest request;

  @Setup
  public void setUp() {
    List<double[]> data = new ArrayList<>();
    for (int s = 0; s < SERIES; s++) {
      double[] values = new double[POINTS];
      for (int i = 0; i < POINTS; i++) {
        values[i] = (s * 31 + i) % NULL_EVERY == 0 ? Double.NaN : (s + 1) * i * 0.5;
      }
      data.add(values);
    }
    SeriesFinder finder =
        (path, from, until, now, xff) -> {
          long first = from - Math.floorMod(from, STEP) + STEP;
          List<TimeSeries> series = new ArrayList<>(SERIES);
          for (int s = 0; s < SERIES; s++) {
            String name = "load.s" + s;
            series.add(
                TimeSeries.of(name, path, first, first + POINTS * STEP, STEP, data.get(s), xff));
          }
          return series;
        };
    evaluator =
        new Evaluator(finder, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);
    request =
        new RenderRequest(
            List.of(target), NOW - POINTS * STEP, NOW, NOW, ZoneOffset.UTC, Map.of(), 0);
  }

  @Benchmark
  public List<TimeSeries> evaluate() throws EvalException {
    return evaluator.evaluate(request);
  }
}
