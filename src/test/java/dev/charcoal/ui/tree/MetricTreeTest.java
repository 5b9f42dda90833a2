package dev.charcoal.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MetricTreeTest {
  final FakeBackend backend =
      new FakeBackend(
          "servers.web1.cpu.user",
          "servers.web1.cpu.system",
          "servers.web2.cpu.user",
          "servers.db1.disk.reads",
          "carbon.agents.a.metricsReceived");
  final List<List<String>> opened = new ArrayList<>();
  MetricTree metricTree;
  TreeView<MetricNode> tree;

  @Start
  void start(Stage stage) {
    // A direct executor: backend calls complete before the next step, so no waiting.
    metricTree = new MetricTree(backend, new BackgroundTasks(Runnable::run));
    metricTree.setOnOpen(opened::add);
    stage.setScene(new Scene(metricTree, 320, 480));
    stage.show();
  }

  @SuppressWarnings("unchecked")
  TreeView<MetricNode> tree(FxRobot robot) {
    return robot.lookup("#metricTree").queryAs(TreeView.class);
  }

  static List<String> names(TreeItem<MetricNode> item) {
    return item.getChildren().stream()
        .map(child -> child.getValue() == null ? "?" : child.getValue().name())
        .toList();
  }

  static TreeItem<MetricNode> child(TreeItem<MetricNode> item, String name) {
    return item.getChildren().stream()
        .filter(c -> c.getValue() != null && c.getValue().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not under " + names(item)));
  }

  @Test
  void showsTheTopLevelWithCountsAndLoadsNothingBelowUntilExpanded(FxRobot robot) {
    TreeItem<MetricNode> root = tree(robot).getRoot();

    assertThat(names(root)).containsExactly("carbon", "servers");
    assertThat(child(root, "servers").getValue().leafCount()).isEqualTo(4);
    assertThat(backend.childrenCalls()).containsExactly("");
    assertThat(robot.lookup(".metric-count").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("4", "1");
  }

  @Test
  void newMetricsAppearOnRefreshAndExpandedNodesKeepTheirItems(FxRobot robot) {
    TreeItem<MetricNode> root = tree(robot).getRoot();
    TreeItem<MetricNode> servers = child(root, "servers");
    robot.interact(() -> servers.setExpanded(true));
    TreeItem<MetricNode> web1 = child(servers, "web1");

    backend.addMetric("servers.web3.cpu.user");
    backend.addMetric("apps.api.latency");
    robot.interact(metricTree::refresh);

    assertThat(names(root)).containsExactly("apps", "carbon", "servers");
    assertThat(names(servers)).containsExactly("db1", "web1", "web2", "web3");
    assertThat(child(servers, "web1")).isSameAs(web1);
    assertThat(servers.isExpanded()).isTrue();
  }

  @Test
  void opensOnlyTheMetricsOfASelectionThatMixesMetricsAndBranches() {
    TreeItem<MetricNode> branch =
        new TreeItem<>(new MetricNode("servers.web1", false, true, MetricNode.UNKNOWN_COUNT));
    TreeItem<MetricNode> leaf =
        new TreeItem<>(new MetricNode("servers.web1.cpu", true, false, MetricNode.UNKNOWN_COUNT));
    TreeItem<MetricNode> other =
        new TreeItem<>(new MetricNode("servers.web2", false, true, MetricNode.UNKNOWN_COUNT));

    assertThat(MetricTree.targetsOf(List.of(branch, leaf, other)))
        .containsExactly("servers.web1.cpu");
    assertThat(MetricTree.targetsOf(List.of(branch, other)))
        .containsExactly("servers.web1.*", "servers.web2.*");
  }

  @Test
  void expandingABranchAsksForItsChildren(FxRobot robot) {
    TreeItem<MetricNode> servers = child(tree(robot).getRoot(), "servers");
    robot.interact(() -> servers.setExpanded(true));

    assertThat(backend.childrenCalls()).containsExactly("", "servers");
    assertThat(names(servers)).containsExactly("db1", "web1", "web2");
    assertThat(child(servers, "web1").isLeaf()).isFalse();
  }

  @Test
  void theKeyboardWalksTheTreeAndEnterOpensTheSelection(FxRobot robot) {
    robot.clickOn("#treeFilter");
    robot.type(KeyCode.DOWN); // into the tree, first node selected: carbon
    robot.type(KeyCode.DOWN); // servers
    robot.type(KeyCode.RIGHT); // expand servers
    robot.type(KeyCode.DOWN); // db1
    robot.type(KeyCode.ENTER);

    assertThat(opened).containsExactly(List.of("servers.db1.*"));
  }

  @Test
  void aSearchShowsTheMatchesExpandedAndEscapeReturnsToBrowsing(FxRobot robot) {
    robot.clickOn("#treeFilter").write("cpu user");
    robot.type(KeyCode.ENTER); // search now rather than after the typing pause

    TreeItem<MetricNode> root = tree(robot).getRoot();
    TreeItem<MetricNode> servers = child(root, "servers");
    assertThat(names(root)).containsExactly("servers");
    assertThat(servers.isExpanded()).isTrue();
    assertThat(servers.getValue().leafCount()).isEqualTo(2);
    assertThat(names(child(child(servers, "web2"), "cpu"))).containsExactly("user");

    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> {});
    assertThat(robot.lookup("#treeFilter").queryAs(TextField.class).getText()).isEmpty();
  }

  @Test
  void aGlobSearchGoesThroughTheIndex(FxRobot robot) {
    robot.clickOn("#treeFilter").write("servers.web*.cpu.system");
    robot.type(KeyCode.ENTER);

    TreeItem<MetricNode> root = tree(robot).getRoot();
    assertThat(names(child(child(child(root, "servers"), "web1"), "cpu")))
        .containsExactly("system");
  }

  @Test
  void aSearchWithoutMatchesSaysSo(FxRobot robot) {
    robot.clickOn("#treeFilter").write("nothing-like-this");
    robot.type(KeyCode.ENTER);

    assertThat(robot.lookup(".metric-status").queryLabeled().getText()).isEqualTo("no matches");
  }

  @Test
  void openingSeveralSelectedLeavesOpensThemAll(FxRobot robot) {
    TreeView<MetricNode> view = tree(robot);
    robot.clickOn("#treeFilter").write("web1 cpu");
    robot.type(KeyCode.ENTER);
    TreeItem<MetricNode> cpu = child(child(child(view.getRoot(), "servers"), "web1"), "cpu");
    robot.interact(
        () -> {
          view.getSelectionModel().clearSelection();
          cpu.getChildren().forEach(view.getSelectionModel()::select);
        });
    robot.interact(view::requestFocus);
    robot.type(KeyCode.ENTER);

    assertThat(opened).containsExactly(List.of("servers.web1.cpu.system", "servers.web1.cpu.user"));
  }
}
