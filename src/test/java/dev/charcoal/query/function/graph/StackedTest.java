package dev.charcoal.query.function.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * stacked() keeps its totals for the whole render request, as graphite-web keeps them in the
 * request context: a second target stacks onto the first (graphite-web 1.1.8 gives 1.0 then 6.0 for
 * const.one and const.five), a named stack is separate, and a new request starts from zero. The
 * golden corpus evaluates one target per request, so it cannot show this.
 */
class StackedTest {
  private static final long STEP = 60;
  private static final long FROM = 6000;
  private static final long UNTIL = FROM + 3 * STEP;

  /** {@code const.N} holds N at every point. */
  private static final SeriesFinder CONSTANTS =
      (path, from, until, now, xff) -> {
        double value = path.equals("const.one") ? 1 : 5;
        double[] values = new double[3];
        Arrays.fill(values, value);
        return List.of(TimeSeries.of(path, path, from + STEP, until + STEP, STEP, values, xff));
      };

  private static final Evaluator EVALUATOR =
      new Evaluator(
          CONSTANTS,
          FunctionRegistry.of(GraphFunctions.all()),
          EventLookup.NONE,
          EvalLimits.DEFAULT);

  @Test
  void stacksTargetsOfOneRequestOnEachOther() throws EvalException {
    List<TimeSeries> result =
        render("stacked(const.one)", "stacked(const.five)", "stacked(const.five, 'b')");

    assertThat(result)
        .extracting(TimeSeries::name)
        .containsExactly("stacked(const.one)", "stacked(const.five)", "const.five");
    assertThat(result.get(0).values()).containsExactly(1.0, 1.0, 1.0);
    assertThat(result.get(1).values()).containsExactly(6.0, 6.0, 6.0);
    assertThat(result.get(2).values()).containsExactly(5.0, 5.0, 5.0);
  }

  @Test
  void startsEveryRequestFromZero() throws EvalException {
    render("stacked(const.one)");

    assertThat(render("stacked(const.five)").get(0).values()).containsExactly(5.0, 5.0, 5.0);
  }

  private static List<TimeSeries> render(String... targets) throws EvalException {
    return EVALUATOR.evaluate(
        new RenderRequest(List.of(targets), FROM, UNTIL, UNTIL, ZoneOffset.UTC, Map.of(), 0));
  }
}
