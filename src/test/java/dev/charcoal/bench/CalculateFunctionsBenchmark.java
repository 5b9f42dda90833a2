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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Calculate functions over 1,000 series × one day at 10 s (8,640 points, 1 % nulls), the
 * issue's sumSeries scale; Holt-Winters over 100 such series, since its week of bootstrap makes 70
 * k points each. The fetch is a lookup of precomputed arrays, so the time is the evaluator and the
 * function (the re-fetch included).
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=CalculateFunctionsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CalculateFunctionsBenchmark {
  private static final long STEP = 10;
  private static final long UNTIL = 1_700_000_000L - 1_700_000_000L % 86_400;
  private static final long FROM = UNTIL - 86_400;
  private static final double NULL_SHARE = 0.01;

  @Param({
    "movingAverage(many.*,10)",
    "movingAverage(many.*,'1h')",
    "movingMedian(many.*,10)",
    "movingMax(many.*,'5min')",
    "exponentialMovingAverage(many.*,10)",
    "stdev(many.*,30)",
    "linearRegression(many.*)",
    "nPercentile(many.*,95)",
    "holtWintersConfidenceBands(few.*)"
  })
  public String target;

  private final Evaluator evaluator =
      new Evaluator(
          new Synthetic(), StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);

  @Benchmark
  public List<TimeSeries> evaluate() throws EvalException {
    return evaluator.evaluate(
        new RenderRequest(List.of(target), FROM, UNTIL, UNTIL, ZoneOffset.UTC, Map.of(), 0));
  }

  /**
   * {@code many.*}: 1,000 series; {@code few.*}: 100; random walks over any range asked, made once
   * per range so that generating them is not measured.
   */
  private static final class Synthetic implements SeriesFinder {
    private final Map<String, List<TimeSeries>> made = new ConcurrentHashMap<>();

    @Override
    public List<TimeSeries> fetch(
        String pathExpression, long from, long until, long now, double xFilesFactor) {
      return made.computeIfAbsent(
          pathExpression + " " + from + " " + until,
          key -> make(pathExpression, from, until, xFilesFactor));
    }

    private static List<TimeSeries> make(
        String pathExpression, long from, long until, double xFilesFactor) {
      int count = pathExpression.startsWith("many.") ? 1000 : 100;
      String prefix = pathExpression.substring(0, pathExpression.indexOf('.') + 1);
      long first = from - Math.floorMod(from, STEP) + STEP;
      int points = (int) ((until - Math.floorMod(until, STEP) + STEP - first) / STEP);
      List<TimeSeries> result = new ArrayList<>(count);
      for (int s = 0; s < count; s++) {
        SplittableRandom random = new SplittableRandom(s);
        double[] values = new double[points];
        double level = 100;
        for (int i = 0; i < points; i++) {
          level += random.nextDouble(-1, 1);
          values[i] = random.nextDouble() < NULL_SHARE ? Double.NaN : level;
        }
        result.add(
            TimeSeries.of(
                prefix + "s" + s,
                pathExpression,
                first,
                first + points * STEP,
                STEP,
                values,
                xFilesFactor));
      }
      return result;
    }
  }
}
