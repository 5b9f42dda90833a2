package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.main.MainWindow;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileWall;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save, open, reopen on start, and what happens with a file that cannot be read. */
@ExtendWith(ApplicationExtension.class)
class DashboardFlowTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @TempDir Path data;

  final FakeBackend backend = new FakeBackend("a", "b");
  Stage stage;
  MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> window.stop()); // its timers would outlive the test
  }

  /** Opens a window on the temporary data dir, as the app does: one empty pane, then start(). */
  void open(FxRobot robot) {
    robot.interact(
        () -> {
          UiServices services =
              new UiServices(backend, new TestClock(NOW), ZoneOffset.UTC, Runnable::run);
          window = new MainWindow(services, data);
          window.workspace().addPane(List.of());
          stage.setScene(new Scene(window, 1100, 700));
          stage.show();
          window.start();
        });
  }

  void shortcut(FxRobot robot, KeyCode... keys) {
    robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
  }

  String notice(FxRobot robot) {
    return robot.lookup("#notice").queryAs(Label.class).getText();
  }

  /** Two panes, a zoomed time range, live refresh, and a wall with a tile. */
  void arrange(FxRobot robot) {
    robot.interact(
        () -> {
          ChartPane first = window.workspace().panes().get(0);
          first.model().addTargets(List.of("a", "sumSeries(b)"));
          window.workspace().split(first.model(), Orientation.VERTICAL).targets().add("b");
          window.time().set(new TimeRange.Absolute(NOW.minusSeconds(7200), NOW.minusSeconds(3600)));
          window.autoRefresh().interval().set(Duration.ofSeconds(30));
          TileWall wall = window.views().addWall(TileWallSpec.empty("Ops"));
          wall.setSpec(wall.spec().withTiles(List.of(TileSpec.of("a"))));
        });
  }

  @Test
  void savedDashboardsOpenAgainAsTheyWere(FxRobot robot) throws Exception {
    open(robot);
    arrange(robot);
    Dashboard arranged = capture();

    shortcut(robot, KeyCode.SHIFT, KeyCode.S);
    robot.clickOn("#dashboardName").write("ops");
    robot.clickOn("#saveAsOk");

    Path file = data.resolve("dashboards/ops.json");
    assertThat(file).exists();
    assertThat(DashboardCodec.read(Files.readString(file))).isEqualTo(arranged);
    assertThat(window.dashboards().name().get()).isEqualTo("ops");
    assertThat(notice(robot)).isEqualTo("Saved dashboard \"ops\" to " + file);

    shortcut(robot, KeyCode.N);
    assertThat(window.workspace().panes()).hasSize(1);
    assertThat(window.workspace().panes().get(0).model().targets()).isEmpty();
    assertThat(window.views().walls()).isEmpty();
    assertThat(window.dashboards().name().get()).isEmpty();

    robot.clickOn("#dashboardMenu").clickOn("#recentMenu").clickOn("ops");

    assertThat(capture()).isEqualTo(arranged);
    assertThat(window.workspace().panes())
        .extracting(p -> List.copyOf(p.model().targets()))
        .containsExactly(List.of("a", "sumSeries(b)"), List.of("b"));
    assertThat(window.views().walls().get(0).spec().tiles()).containsExactly(TileSpec.of("a"));
    assertThat(window.time().range().get())
        .isEqualTo(new TimeRange.Absolute(NOW.minusSeconds(7200), NOW.minusSeconds(3600)));
  }

  Dashboard capture() {
    return new DashboardBinding(
            window.workspace(), window.time(), window.autoRefresh(), window.views())
        .capture();
  }

  @Test
  void theOpenDialogListsTheSavedDashboards(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("beta", DashboardCodecTest.SAMPLE);
    new DashboardFiles(data).write("alpha", DashboardCodecTest.SAMPLE);
    open(robot);

    shortcut(robot, KeyCode.O);
    assertThat(robot.lookup("#dashboardList").queryListView().getItems())
        .containsExactly("alpha", "beta");
    robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.ENTER).release(KeyCode.ENTER);

    assertThat(capture()).isEqualTo(DashboardCodecTest.SAMPLE);
    assertThat(window.dashboards().name().get()).isEqualTo("beta");
  }

  @Test
  void theWindowReopensTheLastDashboardAndTheme(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    new AppStateFile(data).write(AppState.INITIAL.used("ops").withTheme(Theme.DARK));

    open(robot);

    assertThat(capture()).isEqualTo(DashboardCodecTest.SAMPLE);
    assertThat(window.theme().get()).isEqualTo(Theme.DARK);
    assertThat(window.dashboards().hasUnsavedChanges()).isFalse();
    assertThat(window.dashboards().name().get()).isEqualTo("ops");
  }

  @Test
  void aCorruptDashboardLeavesTheWorkspaceAndTheFileAndSaysWhy(FxRobot robot) throws Exception {
    Path file = data.resolve("dashboards/broken.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"format\": \"charcoal-dashboard\", \"version\": 1, \"time\": 5}");
    open(robot);
    robot.interact(() -> window.workspace().panes().get(0).model().targets().add("a"));
    robot.interact(() -> window.dashboards().saveAs("work"));

    robot.interact(() -> window.dashboards().open("broken"));

    assertThat(notice(robot))
        .isEqualTo(
            "Cannot open dashboard \"broken\": "
                + file
                + ": time: expected an object. The workspace is unchanged and the file was left"
                + " as it is.");
    assertThat(window.workspace().panes().get(0).model().targets()).containsExactly("a");
    assertThat(Files.readString(file)).endsWith("\"time\": 5}");
    assertThat(window.dashboards().name().get()).isEqualTo("work");
  }

  @Test
  void aCorruptLastDashboardAtStartKeepsTheStartingPanes(FxRobot robot) throws Exception {
    Files.createDirectories(data.resolve("dashboards"));
    Files.writeString(data.resolve("dashboards/ops.json"), "not json");
    new AppStateFile(data).write(AppState.INITIAL.used("ops"));

    open(robot);

    assertThat(notice(robot)).contains("Cannot open dashboard \"ops\"").contains("not valid JSON");
    assertThat(window.workspace().panes()).hasSize(1);
    assertThat(window.dashboards().name().get()).isEmpty();
  }

  @Test
  void unsavedChangesAreConfirmedBeforeAnotherDashboardReplacesThem(FxRobot robot)
      throws Exception {
    new DashboardFiles(data).write("other", DashboardCodecTest.SAMPLE);
    open(robot);
    robot.interact(() -> window.workspace().panes().get(0).model().targets().add("a"));

    Platform.runLater(() -> window.dashboards().open("other")); // it waits for the answer
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Cancel");

    assertThat(window.workspace().panes().get(0).model().targets()).containsExactly("a");
    assertThat(window.dashboards().name().get()).isEmpty();
  }

  @Test
  void aRecentDashboardWhoseFileIsGoneIsForgotten(FxRobot robot) throws Exception {
    new AppStateFile(data).write(AppState.INITIAL.used("gone").used("ops"));
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    open(robot);

    robot.interact(() -> window.dashboards().open("gone"));

    assertThat(notice(robot)).startsWith("Dashboard \"gone\" no longer exists");
    assertThat(new AppStateFile(data).read().recent()).containsExactly("ops");
  }

  @Test
  void theThemeIsRemembered(FxRobot robot) throws Exception {
    open(robot);

    robot.clickOn("#themeToggle");

    assertThat(new AppStateFile(data).read().theme()).isEqualTo(Theme.DARK);
  }

  @Test
  void saveAsRefusesANameThatCannotBeAFileAndWarnsBeforeReplacing(FxRobot robot) throws Exception {
    new DashboardFiles(data).write("ops", DashboardCodecTest.SAMPLE);
    open(robot);

    shortcut(robot, KeyCode.SHIFT, KeyCode.S);
    assertThat(robot.lookup("#dashboardName").query().isFocused()).isTrue();
    robot.clickOn("#dashboardName").write("a/b"); // TestFX writes to the window it last clicked
    assertThat(robot.lookup("#saveAsOk").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#dashboardNameMessage").queryAs(Label.class).getText())
        .contains("'/'");
    robot.eraseText(3).write("OPS");
    assertThat(robot.lookup("#saveAsOk").query().isDisabled()).isFalse();
    assertThat(robot.lookup("#dashboardNameMessage").queryAs(Label.class).getText())
        .isEqualTo("\"OPS\" exists and will be replaced.");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    assertThat(new DashboardFiles(data).list()).containsExactly("ops");
  }
}
