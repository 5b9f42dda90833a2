package dev.charcoal.ui.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TimeRangeModelTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final TimeRange HOUR = new TimeRange.Relative(Duration.ofHours(1));
  static final TimeRange DAY = new TimeRange.Relative(Duration.ofDays(1));
  static final TimeRange FIXED = new TimeRange.Absolute(Instant.parse("2026-11-19T00:00:00Z"), NOW);

  final TestClock clock = new TestClock(NOW);
  final TimeRangeModel model = new TimeRangeModel(clock, HOUR);
  final List<TimeWindow> heard = new ArrayList<>();

  @Test
  void aRelativeRangeEndsAtTheClocksNow() {
    assertThat(model.window()).isEqualTo(new TimeWindow(NOW.minusSeconds(3600), NOW));
  }

  @Test
  void refreshMovesARelativeRangeWithTheClock(FxRobot robot) {
    model.onWindow(heard::add);
    clock.advance(Duration.ofMinutes(5));
    robot.interact(model::refresh);

    assertThat(heard)
        .containsExactly(new TimeWindow(NOW.plusSeconds(300 - 3600), NOW.plusSeconds(300)));
  }

  @Test
  void refreshKeepsAnAbsoluteRangeButStillTellsListeners(FxRobot robot) {
    robot.interact(() -> model.set(FIXED));
    model.onWindow(heard::add);
    clock.advance(Duration.ofMinutes(5));
    robot.interact(model::refresh);

    assertThat(heard).containsExactly(FIXED.resolve(clock.instant()));
  }

  @Test
  void backAndForwardWalkTheHistory(FxRobot robot) {
    robot.interact(() -> model.set(DAY));
    robot.interact(() -> model.set(FIXED));
    assertThat(model.canGoBack().get()).isTrue();
    assertThat(model.canGoForward().get()).isFalse();

    robot.interact(model::back);
    assertThat(model.range().get()).isEqualTo(DAY);
    robot.interact(model::back);
    assertThat(model.range().get()).isEqualTo(HOUR);
    assertThat(model.canGoBack().get()).isFalse();

    robot.interact(model::forward);
    robot.interact(model::forward);
    assertThat(model.range().get()).isEqualTo(FIXED);
    assertThat(model.canGoForward().get()).isFalse();
  }

  @Test
  void aNewRangeAfterGoingBackClearsForward(FxRobot robot) {
    robot.interact(() -> model.set(DAY));
    robot.interact(model::back);
    robot.interact(() -> model.set(FIXED));

    assertThat(model.canGoForward().get()).isFalse();
    robot.interact(model::back);
    assertThat(model.range().get()).isEqualTo(HOUR);
  }

  @Test
  void choosingTheSameRangeRefreshesWithoutAddingHistory(FxRobot robot) {
    model.onWindow(heard::add);
    robot.interact(() -> model.set(HOUR));

    assertThat(heard).hasSize(1);
    assertThat(model.canGoBack().get()).isFalse();
  }

  @Test
  void historyKeepsOnlyTheNewestRanges(FxRobot robot) {
    robot.interact(
        () -> {
          for (int i = 1; i <= TimeRangeModel.MAX_HISTORY + 10; i++) {
            model.set(new TimeRange.Relative(Duration.ofMinutes(i)));
          }
        });
    int steps = 0;
    while (model.canGoBack().get()) {
      robot.interact(model::back);
      steps++;
    }

    assertThat(steps).isEqualTo(TimeRangeModel.MAX_HISTORY);
    assertThat(model.range().get()).isEqualTo(new TimeRange.Relative(Duration.ofMinutes(10)));
  }
}
