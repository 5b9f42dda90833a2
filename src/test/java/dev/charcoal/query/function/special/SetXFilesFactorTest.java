package dev.charcoal.query.function.special;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.function.StandardFunctions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * setXFilesFactor also sets graphite-web's {@code requestContext['xFilesFactor']}, which its render
 * view shares between all targets of a request: later targets fetch and aggregate with it.
 */
class SetXFilesFactorTest {
  private static final long START = 1_700_000_000;

  /** a.x = [1, None], a.y = [2, 3] at a 60 s step. */
  private static final SeriesFinder FINDER =
      (path, from, until, now, xff) ->
          List.of(
                  TimeSeries.of(
                      "a.x", path, START, START + 120, 60, new double[] {1, Double.NaN}, xff),
                  TimeSeries.of("a.y", path, START, START + 120, 60, new double[] {2, 3}, xff))
              .stream()
              .filter(s -> path.equals("a.*") || s.name().equals(path))
              .toList();

  private static List<TimeSeries> render(String... targets) throws Exception {
    Evaluator evaluator =
        new Evaluator(FINDER, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);
    return evaluator.evaluate(
        new RenderRequest(
            List.of(targets), START, START + 120, START + 120, ZoneOffset.UTC, Map.of(), 0));
  }

  @Test
  void laterTargetsOfTheRequestUseTheFactor() throws Exception {
    List<TimeSeries> result = render("xFilesFactor(a.x, 1)", "sumSeries(a.*)");

    TimeSeries sum = result.get(1);
    assertThat(sum.xFilesFactor()).isEqualTo(1.0);
    assertThat(sum.values()[0]).isEqualTo(3.0);
    assertThat(sum.isNull(1)).as("one of two values is below a factor of 1").isTrue();
  }

  @Test
  void withoutItTheRequestFactorHolds() throws Exception {
    TimeSeries sum = render("a.x", "sumSeries(a.*)").get(1);

    assertThat(sum.xFilesFactor()).isZero();
    assertThat(sum.values()).containsExactly(3.0, 3.0);
  }

  @Test
  void setsTheFactorAndTagOnTheSeries() throws Exception {
    TimeSeries series = render("setXFilesFactor(a.y, 0.25)").get(0);

    assertThat(series.xFilesFactor()).isEqualTo(0.25);
    assertThat(series.tags()).containsEntry("xFilesFactor", "0.25");
    assertThat(series.name()).isEqualTo("a.y");
  }
}
