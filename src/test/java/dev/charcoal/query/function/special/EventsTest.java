package dev.charcoal.query.function.special;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsTest {
  private static final long START = 1_700_000_000;
  private static final long END = START + 10;

  private static Arguments tags(String... tags) {
    return new Arguments(
        "events", Map.of("tags", new Arguments.Variadic(List.of((Object[]) tags))), Map.of());
  }

  private static Event at(long when) {
    return new Event(0, when, "deploy", List.of("web"), "");
  }

  @Test
  void countsEventsPerSecondAsIntsWithNoneElsewhere() throws Exception {
    FixedContext context =
        new FixedContext(START, END, List.of(at(START), at(START + 3), at(START + 3)));

    TimeSeries series = new Events().apply(tags("deploy", "web"), context).get(0);

    assertThat(series.name()).isEqualTo("events(\"deploy\", \"web\")");
    assertThat(series.start()).isEqualTo(START);
    assertThat(series.end()).isEqualTo(END);
    assertThat(series.step()).isEqualTo(1);
    assertThat(series.consolidationFunc()).isEqualTo("sum");
    assertThat(series.values()).hasSize(10);
    assertThat(series.values()[0]).isEqualTo(1);
    assertThat(series.values()[3]).isEqualTo(2);
    assertThat(series.isNull(1)).isTrue();
    assertThat(series.isInteger(3)).isTrue();
    assertThat(series.integers().cardinality()).isEqualTo(2);
    assertThat(context.lookups).containsExactly(List.of("deploy", "web"));
  }

  @Test
  void starAsksForEveryEvent() throws Exception {
    FixedContext context = new FixedContext(START, END, List.of(at(START + 1)));

    TimeSeries series = new Events().apply(tags("*"), context).get(0);

    assertThat(series.name()).isEqualTo("events(\"*\")");
    assertThat(context.lookups).containsExactly(List.of());
    assertThat(series.values()[1]).isEqualTo(1);
  }

  @Test
  void leavesOutAnEventAtTheVeryEndOfTheRange() throws Exception {
    FixedContext context = new FixedContext(START, END, List.of(at(END), at(START + 9)));

    TimeSeries series = new Events().apply(tags("*"), context).get(0);

    assertThat(series.values()).hasSize(10);
    assertThat(series.values()[9]).isEqualTo(1);
  }
}
