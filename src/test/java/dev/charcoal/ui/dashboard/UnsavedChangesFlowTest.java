package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.CharcoalApplication;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.main.MainWindow;
import dev.charcoal.ui.time.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing lost on close: the title's mark, the "Save changes?" question on close, open and new, and
 * the recovery file a crash leaves for the next start. The app is started as the launcher does
 * ({@link CharcoalApplication}), on its own stage, so its close button is the real one.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesFlowTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @TempDir Path data;

  final FakeBackend backend = new FakeBackend("a", "b");
  final TestClock clock = new TestClock(NOW);
  Stage stage;
  CharcoalApplication app;

  @Start
  void start(Stage primary) {
    Platform.setImplicitExit(false); // these tests close windows; the toolkit must stay
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(
        () -> {
          if (app != null) {
            app.window().stop();
            stage.hide();
          }
        });
  }

  /** Starts the app on the temporary data dir with one empty pane. */
  void launch(FxRobot robot) {
    robot.interact(
        () -> {
          stage = new Stage();
          app =
              new CharcoalApplication(
                  data, new UiServices(backend, clock, ZoneOffset.UTC, Runnable::run), List.of());
          app.start(stage);
        });
  }

  MainWindow window() {
    return app.window();
  }

  PaneModel firstPane() {
    return window().workspace().panes().get(0).model();
  }

  /** Changes the window, then has the controller look (as its timer does a moment later). */
  void change(FxRobot robot, Runnable change) {
    robot.interact(
        () -> {
          change.run();
          window().dashboards().hasUnsavedChanges();
        });
  }

  /** Clicks the window's close button; the question it may ask waits for an answer. */
  void clickClose() {
    Platform.runLater(
        () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  String question(FxRobot robot) {
    return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
  }

  String notice() {
    return ((Label) window().lookup("#notice")).getText();
  }

  Dashboard capture() {
    return new DashboardBinding(
            window().workspace(), window().time(), window().autoRefresh(), window().views())
        .capture();
  }

  @Test
  void theTitleMarksUnsavedChangesUntilTheyAreSavedOrUndone(FxRobot robot) throws Exception {
    launch(robot);
    assertThat(stage.getTitle()).isEqualTo("Charcoal");

    robot.interact(() -> firstPane().targets().add("a"));
    // the periodic check notices by itself
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> stage.getTitle().equals("Charcoal — new dashboard *"));

    robot.interact(() -> window().dashboards().saveAs("ops"));
    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops");

    change(robot, () -> firstPane().addOverlay("a", "1d"));
    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops *");
    change(robot, () -> firstPane().overlays().clear());
    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops");
  }

  @Test
  void closingWithChangesAsksAndEscapeCancelsKeepingTheWindowAsItWas(FxRobot robot) {
    launch(robot);
    change(robot, () -> firstPane().targets().add("a"));

    clickClose();
    assertThat(question(robot)).isEqualTo("Save this dashboard?");
    robot.type(KeyCode.ESCAPE);

    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    assertThat(firstPane().targets()).containsExactly("a");
    assertThat(window().dashboards().modified().get()).isTrue();
  }

  @Test
  void dontSaveClosesWithoutWritingAndLeavesNoRecoveryFile(FxRobot robot) throws Exception {
    launch(robot);
    change(robot, () -> firstPane().targets().add("a"));
    assertThat(data.resolve(RecoveryFile.NAME)).exists();

    clickClose();
    robot.clickOn("#discardChanges");

    assertThat(stage.isShowing()).isFalse();
    assertThat(new DashboardFiles(data).list()).isEmpty();
    assertThat(data.resolve(RecoveryFile.NAME)).doesNotExist();
  }

  @Test
  void enterSavesTheOpenDashboardThenTheWindowCloses(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    new AppStateFile(data).write(AppState.INITIAL.used("ops"));
    launch(robot);
    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops");
    change(robot, () -> firstPane().targets().add("b"));
    Dashboard changed = capture();

    clickClose();
    assertThat(question(robot)).isEqualTo("Save changes to \"ops\"?");
    robot.type(KeyCode.ENTER); // Save is the default button

    assertThat(stage.isShowing()).isFalse();
    assertThat(new DashboardFiles(data).read("ops"))
        .isEqualTo(changed)
        .isNotEqualTo(DashboardCodecTest.SAMPLE);
    assertThat(data.resolve(RecoveryFile.NAME)).doesNotExist();
  }

  @Test
  void savingADashboardNeverSavedAsksForItsNameAndCancellingThatKeepsTheWindow(FxRobot robot)
      throws Exception {
    launch(robot);
    change(robot, () -> firstPane().targets().add("a"));

    clickClose();
    robot.clickOn("#saveChanges");
    robot.type(KeyCode.ESCAPE); // the Save As dialog
    assertThat(stage.isShowing()).isTrue();
    assertThat(new DashboardFiles(data).list()).isEmpty();

    clickClose();
    robot.clickOn("#saveChanges");
    robot.clickOn("#dashboardName").write("mine");
    robot.clickOn("#saveAsOk");

    assertThat(stage.isShowing()).isFalse();
    assertThat(new DashboardFiles(data).read("mine").layout())
        .isEqualTo(new PaneLayout.Pane(List.of("a")));
    assertThat(new AppStateFile(data).read().last()).isEqualTo("mine");
  }

  @Test
  void aFailingSaveKeepsTheWindowOpenAndSaysWhy(FxRobot robot) throws Exception {
    Files.writeString(data.resolve(DashboardFiles.FOLDER), "a file where the folder should be");
    launch(robot);
    change(robot, () -> firstPane().targets().add("a"));

    clickClose();
    robot.clickOn("#saveChanges");
    robot.clickOn("#dashboardName").write("mine");
    robot.clickOn("#saveAsOk");

    assertThat(stage.isShowing()).isTrue();
    assertThat(notice()).startsWith("Cannot save dashboard \"mine\": ");
    assertThat(window().dashboards().modified().get()).isTrue();
    assertThat(stage.getTitle()).isEqualTo("Charcoal — new dashboard *");
  }

  @Test
  void anotherDashboardOrANewOneAsksFirstAndSaveKeepsTheChanges(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    new AppStateFile(data).write(AppState.INITIAL.used("ops"));
    launch(robot);
    change(robot, () -> firstPane().targets().add("b"));
    Dashboard changed = capture();

    robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    assertThat(question(robot)).isEqualTo("Save changes to \"ops\"?");
    robot.clickOn("#saveChanges");

    assertThat(new DashboardFiles(data).read("ops")).isEqualTo(changed);
    assertThat(window().workspace().panes()).hasSize(1);
    assertThat(firstPane().targets()).isEmpty();
    assertThat(stage.getTitle()).isEqualTo("Charcoal");
  }

  @Test
  void aRelativeRangeMovingWithNowIsNoChangeButAZoomIs(FxRobot robot) {
    launch(robot);
    change(robot, () -> window().autoRefresh().enabled().set(true));
    robot.interact(() -> window().dashboards().saveAs("live"));

    clock.advance(Duration.ofHours(3));
    change(robot, () -> window().time().refresh());
    assertThat(window().dashboards().modified().get()).isFalse();

    change(robot, () -> window().time().set(new TimeRange.Absolute(NOW, NOW.plusSeconds(60))));
    assertThat(window().dashboards().modified().get()).isTrue();
  }

  @Test
  void aCrashLeavesTheChangesForTheNextStartStillUnsaved(FxRobot robot) throws Exception {
    launch(robot);
    robot.interact(() -> firstPane().targets().add("a"));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> Files.exists(data.resolve(RecoveryFile.NAME)));
    Dashboard unsaved = capture();
    // a crash: the window goes without being closed
    robot.interact(() -> window().stop());

    launch(robot);

    assertThat(capture()).isEqualTo(unsaved);
    assertThat(stage.getTitle()).isEqualTo("Charcoal — new dashboard *");
    assertThat(notice()).isEqualTo("Unsaved changes are back: the last run did not close cleanly.");

    clickClose();
    robot.clickOn("#discardChanges");
    assertThat(data.resolve(RecoveryFile.NAME)).doesNotExist();
  }

  @Test
  void recoveredChangesOfANamedDashboardAreComparedWithItsFile(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    Dashboard changed =
        new Dashboard(
            DashboardCodecTest.SAMPLE.time(),
            false,
            DashboardCodecTest.SAMPLE.refreshInterval(),
            DashboardCodecTest.SAMPLE.layout(),
            DashboardCodecTest.SAMPLE.walls(),
            DashboardCodecTest.SAMPLE.view());
    new RecoveryFile(data).write(new RecoveryFile.Content("ops", changed));
    launch(robot);

    assertThat(capture()).isEqualTo(changed);
    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops *");
    assertThat(notice())
        .isEqualTo("Unsaved changes to \"ops\" are back: the last run did not close cleanly.");

    change(robot, () -> window().autoRefresh().enabled().set(true)); // back as saved

    assertThat(stage.getTitle()).isEqualTo("Charcoal — ops");
    assertThat(data.resolve(RecoveryFile.NAME)).doesNotExist();
  }
}
