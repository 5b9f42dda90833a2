package dev.charcoal.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with a real background executor: no backend call may run on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class BackgroundThreadsTest {
  static final String WORKER = "test-background";

  final FakeBackend backend =
      new FakeBackend("a.b", "a.c")
          .withSeries(
              "a.b", e -> List.of(FakeBackend.series("a.b", e, 60, new double[] {1, 2}, Map.of())));
  final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, WORKER));
  MainWindow window;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(
            backend,
            new TestClock(Instant.parse("2026-11-20T12:00:00Z")),
            ZoneOffset.UTC,
            executor);
    window = new MainWindow(services, Path.of("/data"));
    window.workspace().addPane(List.of("a.b"));
    stage.setScene(new Scene(window, 900, 600));
    stage.show();
    window.start();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(window::stop); // its status timer would outlive the test
    executor.shutdownNow();
  }

  @Test
  void everyBackendCallRunsOnTheBackgroundExecutor() throws TimeoutException {
    ChartPane pane = window.workspace().panes().get(0);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !pane.shownSeries().isEmpty() && backend.threads().size() >= 3);

    assertThat(backend.threads()).isNotEmpty().allMatch(WORKER::equals);
  }
}
