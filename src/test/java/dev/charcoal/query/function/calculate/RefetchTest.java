package dev.charcoal.query.function.calculate;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The re-fetch of the first argument where Charcoal deliberately does better than graphite-web
 * (docs/COMPATIBILITY.md): pipes and template variables survive it. The dataset is one series,
 * {@code a.b}, whose value at t is t / 60, over whatever range is asked.
 */
class RefetchTest {
  private static final long FROM = 6000;
  private static final long UNTIL = 6600;

  private static final SeriesFinder MINUTES =
      (path, from, until, now, xff) -> {
        if (!path.equals("a.b")) {
          return List.of();
        }
        long first = from - Math.floorMod(from, 60) + 60;
        long last = until - Math.floorMod(until, 60) + 60;
        double[] values = new double[(int) ((last - first) / 60)];
        for (int i = 0; i < values.length; i++) {
          values[i] = (first + i * 60) / 60.0;
        }
        return List.of(TimeSeries.of(path, path, first, last, 60, values, xff));
      };

  private final Evaluator evaluator =
      new Evaluator(MINUTES, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);

  @Test
  void windowReachesBackBeforeTheRequest() throws EvalException {
    TimeSeries sum = only("movingSum(a.b,2)");

    // The first point, 101 (t = 6060), sums the two minutes before it: 99 + 100.
    assertThat(sum.start()).isEqualTo(FROM + 60);
    assertThat(sum.values()[0]).isEqualTo(199.0);
    assertThat(sum.isInteger(0)).as("a sum of floats").isFalse();
  }

  @Test
  void pipedArgumentIsReEvaluatedWithItsPipes() throws EvalException {
    TimeSeries piped = only("a.b|scale(10)|movingSum(2)");
    TimeSeries nested = only("movingSum(scale(a.b,10),2)");

    assertThat(piped.name()).isEqualTo("movingSum(scale(a.b,10),2)");
    assertThat(piped.values()).containsExactly(nested.values());
    assertThat(piped.values()[0]).isEqualTo(1990.0);
  }

  @Test
  void templateVariablesSurviveTheReFetch() throws EvalException {
    TimeSeries templated = only("template(movingSum(a.$x,2),x='b')");

    assertThat(templated.values()).containsExactly(only("movingSum(a.b,2)").values());
  }

  @Test
  void negativeWindowsAreRefused() {
    assertThatThrownBy(() -> only("movingSum(a.b,-2)"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> only("holtWintersForecast(a.b,'-1h')"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("negative");
  }

  private TimeSeries only(String target) throws EvalException {
    List<TimeSeries> result =
        evaluator.evaluate(
            new RenderRequest(List.of(target), FROM, UNTIL, UNTIL, ZoneOffset.UTC, Map.of(), 0));
    assertThat(result).hasSize(1);
    return result.get(0);
  }
}
