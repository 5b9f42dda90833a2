package dev.charcoal.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.Retention;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tree's context menu: a metric's file info, and deleting metrics and branches. */
@ExtendWith(ApplicationExtension.class)
class TreeMenuTest {
  static final long WRITTEN = 1_700_000_000L;
  static final MetricFileInfo.FileLayout LAYOUT =
      new MetricFileInfo.FileLayout(
          List.of(new Retention(10, 8640), new Retention(60, 10080), new Retention(600, 262800)),
          "average",
          0.5f,
          157_680_000);

  final FakeBackend backend =
      new FakeBackend(
              "servers.web1.cpu.user",
              "servers.web1.cpu.system",
              "servers.web2.cpu.user",
              "carbon.agents.a.metricsReceived")
          .withFileInfo(
              new MetricFileInfo.Written(
                  "servers.web2.cpu.user",
                  "/data/whisper/servers/web2/cpu/user.wsp",
                  3,
                  3_255_448,
                  LAYOUT,
                  WRITTEN,
                  WRITTEN + 5))
          .withFileInfo(
              new MetricFileInfo.Written(
                  "servers.web1.cpu.user", "/w/u.wsp", 0, 10, LAYOUT, WRITTEN, WRITTEN));
  MetricTree metricTree;

  @Start
  void start(Stage stage) {
    // A direct executor: backend calls complete before the next step, so no waiting.
    metricTree = new MetricTree(backend, new BackgroundTasks(Runnable::run), ZoneOffset.UTC);
    stage.setScene(new Scene(metricTree, 360, 480));
    stage.show();
  }

  @SuppressWarnings("unchecked")
  TreeView<MetricNode> tree(FxRobot robot) {
    return robot.lookup("#metricTree").queryAs(TreeView.class);
  }

  /** Expands the path's branches and returns the line showing it. */
  TreeCell<?> line(FxRobot robot, String path) {
    TreeItem<MetricNode> item = tree(robot).getRoot();
    String[] names = path.split("\\.");
    for (String name : names) {
      TreeItem<MetricNode> parent = item;
      robot.interact(() -> parent.setExpanded(true));
      item = MetricTreeTest.child(parent, name);
    }
    TreeItem<MetricNode> target = item;
    return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
        .filter(cell -> cell.getTreeItem() == target)
        .findFirst()
        .orElseThrow();
  }

  String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void rightClickingAMetricShowsItsFileInfo(FxRobot robot) {
    robot.clickOn(line(robot, "servers.web2.cpu.user"), MouseButton.SECONDARY);
    robot.clickOn("#treeMenuInfo");

    assertThat(robot.lookup("#fileInfo").tryQuery()).isPresent();
    assertThat(text(robot, "#fileInfoFile")).isEqualTo("/data/whisper/servers/web2/cpu/user.wsp");
    assertThat(text(robot, "#fileInfoRetentions")).isEqualTo("10s:1d,1m:7d,10m:5y");
    assertThat(text(robot, "#fileInfoArchives"))
        .isEqualTo("10s × 8,640 points = 1d\n1m × 10,080 points = 7d\n10m × 262,800 points = 5y");
    assertThat(text(robot, "#fileInfoAggregation")).isEqualTo("average");
    assertThat(text(robot, "#fileInfoxFilesFactor")).isEqualTo("0.5");
    assertThat(text(robot, "#fileInfoMaxretention")).isEqualTo("5y");
    assertThat(text(robot, "#fileInfoSize")).isEqualTo("3.1 MiB (3,255,448 bytes)");
    assertThat(text(robot, "#fileInfoInthecache")).isEqualTo("3 points not written yet");
    assertThat(text(robot, "#fileInfoLastpoint")).isEqualTo("2023-11-14 22:13:20 (1700000000)");
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#fileInfo").tryQuery()).isEmpty();
  }

  @Test
  void theMenuOpensFromTheKeyboardOnTheFocusedLine(FxRobot robot) {
    TreeCell<?> web2 = line(robot, "servers.web2.cpu.user");
    robot.clickOn(web2);
    robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);

    assertThat(metricTree.contextMenu().isShowing()).isTrue();
    // below the focused line
    assertThat(metricTree.contextMenu().getY())
        .isCloseTo(
            web2.localToScreen(web2.getBoundsInLocal()).getMaxY(),
            Offset.offset(8.0)); // the menu's shadow
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // from Open, the first item, to File info…
    assertThat(text(robot, "#fileInfoRetentions")).isEqualTo("10s:1d,1m:7d,10m:5y");
  }

  @Test
  void fileInfoIsOnlyForOneMetric(FxRobot robot) {
    robot.clickOn(line(robot, "servers.web1"), MouseButton.SECONDARY);

    assertThat(robot.lookup("#treeMenuInfo").tryQuery()).isPresent();
    assertThat(metricTree.contextMenu().getItems().get(1).isDisable()).isTrue();
    assertThat(metricTree.contextMenu().getItems().get(3).isDisable()).isFalse();
  }

  @Test
  void aFileNotYetWrittenAndAnUnreadableOneSaySo(FxRobot robot) {
    backend
        .withFileInfo(
            new MetricFileInfo.NotYetWritten(
                "carbon.agents.a.metricsReceived", "/w/m.wsp", 12, LAYOUT))
        .withFileInfo(
            new MetricFileInfo.Unreadable(
                "servers.web1.cpu.system",
                "/w/s.wsp",
                0,
                "file has 3 bytes, too short for the 16-byte metadata"));

    robot.interact(() -> metricTree.showFileInfo("carbon.agents.a.metricsReceived"));
    assertThat(text(robot, "#fileInfoStatus")).startsWith("Not written yet");
    assertThat(text(robot, "#fileInfoRetentions")).isEqualTo("10s:1d,1m:7d,10m:5y");
    assertThat(text(robot, "#fileInfoInthecache")).isEqualTo("12 points not written yet");
    robot.type(KeyCode.ESCAPE);

    robot.interact(() -> metricTree.showFileInfo("servers.web1.cpu.system"));
    assertThat(text(robot, "#fileInfoProblem")).contains("too short");
    robot.type(KeyCode.ESCAPE);

    robot.interact(() -> metricTree.showFileInfo("nobody.sent.this"));
    assertThat(text(robot, "#fileInfoStatus")).startsWith("No file and no points waiting");
  }

  @Test
  void deleteOnABranchNamesItsMetricsAndRemovesThemFromTheTree(FxRobot robot) {
    robot.clickOn(line(robot, "servers.web1"));
    robot.type(KeyCode.DELETE);

    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
        .isEqualTo("Delete 2 metrics under servers.web1?");
    assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
        .isEqualTo(
            "1 whisper file is removed; 1 metric has no file yet (their points waiting in the cache"
                + " are dropped). Points received later create them again.");
    robot.clickOn("#confirmDelete");

    assertThat(backend.metricNames())
        .containsExactly("carbon.agents.a.metricsReceived", "servers.web2.cpu.user");
    TreeItem<MetricNode> servers = MetricTreeTest.child(tree(robot).getRoot(), "servers");
    assertThat(MetricTreeTest.names(servers)).containsExactly("web2");
    assertThat(servers.getValue().leafCount()).isEqualTo(1);
    assertThat(metricTree.activity()).isEqualTo("Deleted 2 metrics (1 whisper file).");
  }

  @Test
  void enterOnTheConfirmationCancels(FxRobot robot) {
    robot.clickOn(line(robot, "servers.web2.cpu.user"));
    robot.type(KeyCode.DELETE);
    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
        .isEqualTo("Delete servers.web2.cpu.user?");
    robot.type(KeyCode.ENTER);

    assertThat(backend.deletions()).isEmpty();
    assertThat(backend.metricNames()).contains("servers.web2.cpu.user");
  }

  @Test
  void whatCannotBeDeletedIsListedAndTheRestIsDeleted(FxRobot robot) {
    backend.undeletable("servers.web1.cpu.system", "cannot delete /w/s.wsp: permission denied");
    robot.clickOn(line(robot, "servers"));
    robot.clickOn(line(robot, "servers"), MouseButton.SECONDARY);
    robot.clickOn("#treeMenuDelete");
    robot.clickOn("#confirmDelete");

    assertThat(robot.lookup("#deleteProblems").queryAs(TextArea.class).getText())
        .isEqualTo("servers.web1.cpu.system: cannot delete /w/s.wsp: permission denied\n");
    assertThat(backend.metricNames())
        .containsExactly("carbon.agents.a.metricsReceived", "servers.web1.cpu.system");
    assertThat(metricTree.activity()).isEqualTo("Deleted 2 metrics (2 whisper files); 1 problem.");
  }

  @Test
  void inSearchResultsABranchDeletesOnlyTheMatchesShown(FxRobot robot) {
    robot.clickOn("#treeFilter").write("user");
    robot.type(KeyCode.ENTER);
    TreeItem<MetricNode> servers = MetricTreeTest.child(tree(robot).getRoot(), "servers");
    robot.interact(
        () -> {
          tree(robot).getSelectionModel().select(servers);
          tree(robot).requestFocus();
        });
    robot.type(KeyCode.DELETE);

    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
        .isEqualTo("Delete 2 metrics under servers?");
    robot.clickOn("#confirmDelete");

    assertThat(backend.metricNames())
        .containsExactly("carbon.agents.a.metricsReceived", "servers.web1.cpu.system");
    assertThat(robot.lookup(".metric-status").queryLabeled().getText()).isEqualTo("no matches");
  }

  @Test
  void theDeleteRunsInTheBackgroundWithItsProgressBelowTheTree(FxRobot robot) throws Exception {
    List<Runnable> queued = new CopyOnWriteArrayList<>();
    MetricTree slow = new MetricTree(backend, new BackgroundTasks(queued::add), ZoneOffset.UTC);
    robot.interact(() -> ((Stage) metricTree.getScene().getWindow()).setScene(new Scene(slow)));
    robot.interact(() -> queued.remove(0).run()); // the top level
    TreeItem<MetricNode> servers = MetricTreeTest.child(tree(robot).getRoot(), "servers");
    robot.interact(
        () -> {
          tree(robot).getSelectionModel().select(servers);
          slow.deleteSelection();
        });

    WaitForAsyncUtils.asyncFx(() -> queued.remove(0).run()); // the plan, then the confirmation
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#confirmDelete");
    assertThat(slow.activity()).isEqualTo("Deleting 3 metrics…");
    assertThat(backend.deletions()).isEmpty();

    robot.interact(() -> queued.remove(0).run()); // the delete
    assertThat(backend.deletions()).hasSize(1);
    assertThat(slow.activity()).isEqualTo("Deleted 3 metrics (2 whisper files).");
  }
}
