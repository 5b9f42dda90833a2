package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MetricNamesTest {
  final FakeBackend backend = new FakeBackend("servers.web1.cpu", "servers.web2.cpu", "stats.x");

  /** Background work waits here until the test runs it. */
  final List<Runnable> queued = new CopyOnWriteArrayList<>();

  final List<List<String>> answers = new ArrayList<>();
  MetricNames names;

  @Start
  void start(Stage stage) {
    names = new MetricNames(backend, new BackgroundTasks(queued::add));
    stage.setScene(new Scene(new StackPane(), 10, 10));
    stage.show();
  }

  void ask(FxRobot robot, String parent) {
    robot.interact(
        () ->
            names.children(
                parent, children -> answers.add(children.stream().map(MetricNode::name).toList())));
  }

  void runQueued() {
    List<Runnable> now = List.copyOf(queued);
    queued.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void typingUnderOneParentAsksTheBackendOnceAndAnswersTheNewestCaller(FxRobot robot) {
    ask(robot, "servers");
    ask(robot, "servers");
    runQueued();
    robot.interact(() -> {});

    assertThat(backend.childrenCalls()).containsExactly("servers");
    assertThat(answers).containsExactly(List.of("web1", "web2"));
  }

  @Test
  void remembersChildrenUntilAnEditStarts(FxRobot robot) {
    ask(robot, "servers");
    runQueued();
    robot.interact(() -> {});
    ask(robot, "servers");
    assertThat(backend.childrenCalls()).containsExactly("servers");
    assertThat(answers).hasSize(2);

    robot.interact(names::forget);
    ask(robot, "servers");
    runQueued();
    robot.interact(() -> {});
    assertThat(backend.childrenCalls()).containsExactly("servers", "servers");
  }
}
