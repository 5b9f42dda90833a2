package dev.charcoal.ui.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimeRangeBarTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final ZoneId ZONE = ZoneOffset.UTC;

  final TestClock clock = new TestClock(NOW);
  TimeRangeModel model;
  AutoRefresh autoRefresh;

  @Start
  void start(Stage stage) {
    model = new TimeRangeModel(clock, new TimeRange.Relative(Duration.ofHours(1)));
    autoRefresh = new AutoRefresh(model);
    stage.setScene(new Scene(new TimeRangeBar(model, autoRefresh, ZONE, clock), 900, 60));
    stage.show();
  }

  @Test
  void showsTheRangeAndItsWindow(FxRobot robot) {
    assertThat(robot.lookup("#timeRange").queryLabeled().getText()).isEqualTo("Last 1 hour");
    assertThat(robot.lookup("#timeWindow").queryAs(Label.class).getText())
        .isEqualTo("2026-11-20 11:00:00 – 2026-11-20 12:00:00");
  }

  @Test
  void aPresetSetsTheRangeAndBackReturns(FxRobot robot) {
    robot.clickOn("#timeRange").clickOn("Last 7 days");

    assertThat(model.range().get()).isEqualTo(new TimeRange.Relative(Duration.ofDays(7)));
    assertThat(robot.lookup("#timeRange").queryLabeled().getText()).isEqualTo("Last 7 days");
    Button back = robot.lookup("#timeBack").queryButton();
    assertThat(back.isDisabled()).isFalse();

    robot.clickOn(back);
    assertThat(model.range().get()).isEqualTo(new TimeRange.Relative(Duration.ofHours(1)));
    assertThat(robot.lookup("#timeForward").queryButton().isDisabled()).isFalse();
  }

  @Test
  void theRefreshButtonMovesTheWindowToNow(FxRobot robot) {
    clock.advance(Duration.ofMinutes(10));
    robot.clickOn("#refresh");

    assertThat(model.window().until()).isEqualTo(NOW.plusSeconds(600));
  }

  @Test
  void aCustomRangeBecomesAFixedWindow(FxRobot robot) {
    robot.clickOn("#timeRange").clickOn("Custom range…");
    replaceText(robot, "#customFrom", "2026-11-18 06:00");
    replaceText(robot, "#customUntil", "-1d");
    robot.clickOn("#customOk");

    assertThat(model.range().get())
        .isEqualTo(
            new TimeRange.Absolute(
                Instant.parse("2026-11-18T06:00:00Z"), Instant.parse("2026-11-19T12:00:00Z")));
  }

  @Test
  void aCustomRangeThatEndsBeforeItStartsCannotBeApplied(FxRobot robot) {
    robot.clickOn("#timeRange").clickOn("Custom range…");
    replaceText(robot, "#customFrom", "2026-11-20 10:00");
    replaceText(robot, "#customUntil", "2026-11-20 09:00");

    Node ok = robot.lookup("#customOk").query();
    assertThat(ok.isDisabled()).isTrue();
    assertThat(robot.lookup("#customError").queryAs(Label.class).getText())
        .isEqualTo("From must be before until.");
    replaceText(robot, "#customUntil", "tomorrow-ish");
    assertThat(robot.lookup("#customError").queryAs(Label.class).getText())
        .contains("tomorrow-ish");
    robot.clickOn("Cancel");
    assertThat(model.range().get()).isEqualTo(new TimeRange.Relative(Duration.ofHours(1)));
  }

  @Test
  void theAutoToggleRunsTheTimer(FxRobot robot) {
    assertThat(autoRefresh.running()).isFalse();
    robot.clickOn("#autoRefresh");
    assertThat(autoRefresh.running()).isTrue();
    robot.clickOn("#autoRefresh");
    assertThat(autoRefresh.running()).isFalse();
  }

  private static void replaceText(FxRobot robot, String query, String text) {
    TextField field = robot.lookup(query).queryAs(TextField.class);
    robot.interact(() -> field.setText(text));
  }
}
