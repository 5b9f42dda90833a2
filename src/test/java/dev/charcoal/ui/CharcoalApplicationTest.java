package dev.charcoal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CharcoalApplicationTest {
  static final Path DATA_DIR = Path.of("/nonexistent/charcoal-test-data");
  Stage stage;
  CharcoalApplication app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    UiServices services =
        new UiServices(
            new FakeBackend("a.b"),
            new TestClock(Instant.parse("2026-11-20T12:00:00Z")),
            ZoneOffset.UTC,
            Runnable::run);
    app = new CharcoalApplication(DATA_DIR, services, List.of(List.of("a.b"), List.of()));
    app.start(stage);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.window().stop()); // its status timer would outlive the test
  }

  @Test
  void opensAWindowTitledCharcoal() {
    assertThat(stage.getTitle()).isEqualTo("Charcoal");
    assertThat(stage.isShowing()).isTrue();
  }

  @Test
  void theTitleNamesTheDashboardAndMarksUnsavedChanges() {
    assertThat(CharcoalApplication.title("", false)).isEqualTo("Charcoal");
    assertThat(CharcoalApplication.title("", true)).isEqualTo("Charcoal — new dashboard *");
    assertThat(CharcoalApplication.title("ops", false)).isEqualTo("Charcoal — ops");
    assertThat(CharcoalApplication.title("ops", true)).isEqualTo("Charcoal — ops *");
  }

  @Test
  void saysWhichDataDirIsOpen(FxRobot robot) {
    Label label = robot.lookup("#dataDirLabel").queryAs(Label.class);

    assertThat(label.getText()).isEqualTo("data: " + DATA_DIR);
  }

  @Test
  void opensWithTheInitialPanes() {
    assertThat(app.window().workspace().panes())
        .extracting(pane -> List.copyOf(pane.model().targets()))
        .containsExactly(List.of("a.b"), List.of());
    assertThat(app.window().workspace().panes()).allMatch(ChartPane::isVisible);
  }
}
