package dev.charcoal.query.function.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomWalkTest {
  private static final long START = 1_700_000_000;

  private static Arguments args(String function, String name, Long step) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    if (step != null) {
      values.put("step", step);
    }
    return new Arguments(function, values, Map.of());
  }

  @Test
  void walksFromAnIntZeroByAtMostHalfPerPoint() throws Exception {
    List<TimeSeries> result =
        new RandomWalk()
            .apply(
                args("randomWalk", "the.walk", null),
                new FixedContext(START, START + 3600, List.of()));

    TimeSeries walk = result.get(0);
    assertThat(walk.name()).isEqualTo("the.walk");
    assertThat(walk.tags()).containsEntry("name", "the.walk");
    assertThat(walk.start()).isEqualTo(START);
    assertThat(walk.end()).isEqualTo(START + 3600);
    assertThat(walk.step()).isEqualTo(60);
    assertThat(walk.values()).hasSize(60);
    assertThat(walk.values()[0]).isZero();
    assertThat(walk.isInteger(0)).isTrue();
    assertThat(walk.isInteger(1)).isFalse();
    for (int i = 1; i < walk.size(); i++) {
      assertThat(Math.abs(walk.values()[i] - walk.values()[i - 1])).isLessThanOrEqualTo(0.5);
    }
  }

  @Test
  void countsAPartialLastStep() throws Exception {
    TimeSeries walk =
        new RandomWalk()
            .apply(
                args("randomWalkFunction", "w", 7L),
                new FixedContext(START, START + 100, List.of()))
            .get(0);

    assertThat(walk.values()).hasSize(15);
    assertThat(walk.step()).isEqualTo(7);
  }

  @Test
  void refusesAStepThatWouldNeverEnd() {
    assertThatThrownBy(
            () ->
                new RandomWalk()
                    .apply(
                        args("randomWalk", "w", 0L),
                        new FixedContext(START, START + 100, List.of())))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("step");
  }

  @Test
  void refusesMoreThanTheBoundOfPoints() {
    FixedContext tenYears = new FixedContext(START, START + 10L * 365 * 86400, List.of());

    assertThatThrownBy(() -> new RandomWalk().apply(args("randomWalk", "w", 1L), tenYears))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("at most");
  }
}
