package dev.charcoal.query.function.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where graphite-web hangs, fills memory or fails with a Python TypeError, Charcoal answers with a
 * clear error or the sensible result (see COMPATIBILITY.md); the golden corpus cannot hold these.
 */
class TransformLimitsTest {
  private static final long NOW = 1_700_000_000L;
  private static final long STEP = 60;

  /** a.b counts 0, 1, 2...; a.gaps is a.b with every other point null; long.a spans 20 years. */
  private final List<long[]> requested = new ArrayList<>();

  private final SeriesFinder finder =
      (path, from, until, now, xff) -> {
        requested.add(new long[] {from, until});
        long first = from - Math.floorMod(from, STEP) + STEP;
        double[] values = new double[(int) ((until - from) / STEP)];
        for (int i = 0; i < values.length; i++) {
          values[i] = path.equals("a.gaps") && i % 2 == 1 ? Double.NaN : i;
        }
        if (path.equals("long.a")) {
          return List.of(TimeSeries.of(path, path, 0, 20L * 365 * 86_400, STEP, values, xff));
        }
        if (!path.startsWith("a.")) {
          return List.of();
        }
        return List.of(
            TimeSeries.of(path, path, first, first + values.length * STEP, STEP, values, xff));
      };

  private final Evaluator evaluator =
      new Evaluator(finder, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);

  private List<TimeSeries> evaluate(String target) throws EvalException {
    return evaluator.evaluate(
        new RenderRequest(List.of(target), NOW - 600, NOW, NOW, ZoneOffset.UTC, Map.of(), 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "summarize(a.b, \"-5min\", \"sum\", true)",
        "summarize(a.b, \"0s\", \"sum\", true)",
        "smartSummarize(a.b, \"0s\")",
        "smartSummarize(a.b, \"-1h\")",
        "hitcount(a.b, \"-1h\")",
      })
  void refusesIntervalsGraphiteWebLoopsForeverOn(String target) {
    assertThatThrownBy(() -> evaluate(target))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("interval must be positive");
  }

  @ParameterizedTest
  @ValueSource(strings = {"time(\"t\", 0)", "time(\"t\", -60)", "sin(\"t\", 1, 0)"})
  void refusesGeneratorStepsThatDoNotMoveForward(String target) {
    assertThatThrownBy(() -> evaluate(target))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("step must be positive");
  }

  @Test
  void refusesMoreTimeStackShiftsThanTheLimitBeforeFetching() throws EvalException {
    // graphite-web returns [] for an empty list before it reads the shift counts.
    assertThat(evaluate("timeStack(nothing.here, \"1h\", 0, 1000000000)")).isEmpty();
    requested.clear();
    assertThatThrownBy(() -> evaluate("timeStack(a.b, \"1h\", 0, 1000000000)"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("at most " + TimeStack.MAX_SHIFTS);
    assertThat(requested).hasSize(1); // a.b's own fetch, no shifted one
  }

  @Test
  void refusesSummariesWithMoreBucketsThanTheLimit() {
    assertThatThrownBy(() -> evaluate("summarize(long.a, \"1s\")"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("at most " + Summary.MAX_BUCKETS);
    assertThatThrownBy(() -> evaluate("hitcount(long.a, \"1s\")"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("at most " + Summary.MAX_BUCKETS);
  }

  @Test
  void treatsNullsAsNullsWhenMaxValueIsGiven() throws EvalException {
    // graphite-web compares None > maxValue and fails with a TypeError on Python 3.
    TimeSeries result = evaluate("nonNegativeDerivative(a.gaps, 5)").get(0);
    assertThat(result.values()).hasSize(10);
    for (double value : result.values()) {
      assertThat(value).isNaN(); // no two consecutive values, and 6, 8 exceed maxValue
    }
    TimeSeries counted = evaluate("perSecond(keepLastValue(a.gaps), 100)").get(0);
    assertThat(counted.values()[2]).isEqualTo(Math.round(2.0 / STEP * 1e6) / 1e6);
  }

  @Test
  void readsRelativeTimeSliceDatesAgainstTheRequestsNow() throws EvalException {
    TimeSeries sliced = evaluate("timeSlice(a.b, \"-5min\")").get(0);
    assertThat(sliced.name()).isEqualTo("timeSlice(a.b, " + (NOW - 300) + ", " + NOW + ")");
  }

  @Test
  void refetchesTheFirstArgumentOverTheShiftedRange() throws EvalException {
    requested.clear();
    evaluate("timeShift(scale(a.b, 2), \"1d\")");
    assertThat(requested).hasSize(2);
    assertThat(requested.get(1)).containsExactly(NOW - 600 - 86_400, NOW - 86_400);
  }
}
