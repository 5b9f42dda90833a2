package dev.charcoal.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.PointBatch;
import dev.charcoal.model.Retention;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.tree.MetricTree;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tree's context menu over the running store: the file info of a whisper file made by the test,
 * counts from the index, and a delete that removes the files from the disk.
 */
@ExtendWith(ApplicationExtension.class)
class MetricTreeOverServicesTest {
  private static final long NOW = 1_700_000_000L;
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path data;
  Services services;
  MetricTree metricTree;

  @Start
  void start(Stage stage) throws Exception {
    Path fixture = data.resolve("whisper/fixture/disk.wsp");
    Files.createDirectories(fixture.getParent());
    Whisper.create(
        fixture,
        List.of(new Retention(10, 8640), new Retention(60, 10080)),
        0.3f,
        AggregationMethod.MAX,
        false);
    Whisper.updateMany(fixture, new long[] {NOW - 100}, new double[] {1}, NOW);
    InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(NOW));
    services =
        Services.start(
            new ServeOptions(
                data, "127.0.0.1", 0, 0, 0, 0, null, StoreOptions.DEFAULT_MAX_CACHE_POINTS),
            clock,
            "test",
            QUIET,
            QUIET);
    PointBatch batch = new PointBatch(4);
    batch.add("servers.web1.cpu", NOW - 60, 1);
    batch.add("servers.web1.mem", NOW - 60, 2);
    batch.add("servers.web2.cpu", NOW - 60, 3);
    services.store().accept(batch);
    services.store().checkpoint(); // written: the files exist
    ServicesBackend backend = new ServicesBackend(services, clock, List.of(), data);
    // A direct executor: backend calls complete before the next step, so no waiting.
    metricTree = new MetricTree(backend, new BackgroundTasks(Runnable::run), ZoneOffset.UTC);
    stage.setScene(new Scene(metricTree, 360, 480));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    services.close();
  }

  @SuppressWarnings("unchecked")
  private TreeCell<MetricNode> line(FxRobot robot, String path) {
    TreeView<MetricNode> tree = robot.lookup("#metricTree").queryAs(TreeView.class);
    TreeItem<MetricNode> item = tree.getRoot();
    for (String name : path.split("\\.")) {
      TreeItem<MetricNode> parent = item;
      robot.interact(() -> parent.setExpanded(true));
      item =
          parent.getChildren().stream()
              .filter(c -> c.getValue() != null && c.getValue().name().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + " not in the tree"));
    }
    TreeItem<MetricNode> target = item;
    return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
        .filter(cell -> cell.getTreeItem() == target)
        .findFirst()
        .orElseThrow();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void theContextMenuShowsTheFileOfAMetric(FxRobot robot) {
    robot.clickOn(line(robot, "fixture.disk"), MouseButton.SECONDARY);
    robot.clickOn("#treeMenuInfo");

    assertThat(text(robot, "#fileInfoRetentions")).isEqualTo("10s:1d,1m:7d");
    assertThat(text(robot, "#fileInfoAggregation")).isEqualTo("max");
    assertThat(text(robot, "#fileInfoxFilesFactor")).isEqualTo("0.3");
    assertThat(text(robot, "#fileInfoMaxretention")).isEqualTo("7d");
    assertThat(text(robot, "#fileInfoSize")).isEqualTo("219.4 KiB (224,680 bytes)");
    assertThat(text(robot, "#fileInfoLastpoint")).isEqualTo("2023-11-14 22:11:40 (1699999900)");
    assertThat(text(robot, "#fileInfoFile"))
        .endsWith("fixture/disk.wsp".replace('/', java.io.File.separatorChar));
  }

  @Test
  void deletingABranchRemovesItsFilesAndItsLine(FxRobot robot) {
    assertThat(robot.lookup(".metric-count").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("3", "1"); // servers, fixture
    robot.clickOn(line(robot, "servers.web1"));
    robot.type(KeyCode.DELETE);
    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
        .isEqualTo("Delete 2 metrics under servers.web1?");
    robot.clickOn("#confirmDelete");

    assertThat(data.resolve("whisper/servers/web1")).doesNotExist();
    assertThat(data.resolve("whisper/servers/web2/cpu.wsp")).exists();
    TreeView<?> tree = robot.lookup("#metricTree").queryAs(TreeView.class);
    TreeItem<?> servers =
        tree.getRoot().getChildren().stream()
            .filter(c -> ((MetricNode) c.getValue()).name().equals("servers"))
            .findFirst()
            .orElseThrow();
    assertThat(servers.getChildren())
        .extracting(c -> ((MetricNode) c.getValue()).name())
        .containsExactly("web2");
    assertThat(((MetricNode) servers.getValue()).leafCount()).isEqualTo(1);
  }
}
