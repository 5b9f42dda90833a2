package dev.charcoal.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
  final FakeBackend backend = new FakeBackend();
  final TestClock clock = new TestClock(Instant.parse("2026-11-20T12:00:00Z"));
  StatusBar bar;

  @Start
  void start(Stage stage) {
    bar = new StatusBar(backend, new BackgroundTasks(Runnable::run), clock, Path.of("/data"));
    stage.setScene(new Scene(bar, 1000, 40));
    stage.show();
  }

  static BackendStatus status(long received, List<String> errors) {
    Map<String, String> listeners = new LinkedHashMap<>();
    listeners.put("carbon-tcp", "127.0.0.1:2003");
    listeners.put("statsd-udp", "127.0.0.1:8125");
    return new BackendStatus(listeners, received, 12_345, "ok", errors);
  }

  static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void showsListenersCacheAndTheLogsState(FxRobot robot) {
    backend.setStatus(status(0, List.of()));
    robot.interact(bar::poll);

    assertThat(text(robot, "#statusListeners")).isEqualTo("carbon :2003 · statsd :8125");
    assertThat(text(robot, "#statusCache")).isEqualTo("cache 12.35k points");
    assertThat(text(robot, "#statusWal")).isEqualTo("WAL ok");
    assertThat(text(robot, "#statusErrors")).isEqualTo("no errors");
    assertThat(text(robot, "#statusRate")).isEqualTo("– points/s");
  }

  @Test
  void derivesPointsPerSecondFromTwoPolls(FxRobot robot) {
    backend.setStatus(status(1_000, List.of()));
    robot.interact(bar::poll);
    clock.advance(Duration.ofSeconds(2));
    backend.setStatus(status(5_000, List.of()));
    robot.interact(bar::poll);

    assertThat(text(robot, "#statusRate")).isEqualTo("2.00k points/s");
  }

  @Test
  void showsErrorsNewestLast(FxRobot robot) {
    backend.setStatus(status(0, List.of("carbon-tcp: port 2003 is taken", "bad file x.wsp")));
    robot.interact(bar::poll);

    Label errors = robot.lookup("#statusErrors").queryAs(Label.class);
    assertThat(errors.getText()).isEqualTo("2 errors, last: bad file x.wsp");
    assertThat(errors.getStyleClass()).contains("status-error");
    assertThat(errors.getTooltip().getText())
        .isEqualTo("carbon-tcp: port 2003 is taken\nbad file x.wsp");
  }

  @Test
  void saysStartingUntilTheFirstStatusArrives(FxRobot robot) {
    assertThat(text(robot, "#statusListeners")).isEqualTo("starting…");

    backend.setStatus(status(0, List.of()));
    robot.interact(bar::poll);

    assertThat(text(robot, "#statusListeners")).isEqualTo("carbon :2003 · statsd :8125");
  }

  @Test
  void showsHowFarTheIndexingGotUntilItIsDone(FxRobot robot) {
    Label indexing = robot.lookup("#statusIndexing").queryAs(Label.class);
    BackendStatus running = status(0, List.of());
    backend.setStatus(
        new BackendStatus(running.listeners(), 0, 0, running.walState(), running.errors(), 12_345));
    robot.interact(bar::poll);

    assertThat(indexing.isVisible()).isTrue();
    assertThat(indexing.getText()).isEqualTo("indexing… 12.35k metrics so far");
    int[] indexed = {0};
    bar.setOnIndexed(() -> indexed[0]++);

    backend.setStatus(status(0, List.of()));
    robot.interact(bar::poll);
    robot.interact(bar::poll);

    assertThat(indexing.isVisible()).isFalse();
    assertThat(indexing.isManaged()).as("takes no room").isFalse();
    assertThat(indexed[0]).as("told once").isEqualTo(1);
  }
}
