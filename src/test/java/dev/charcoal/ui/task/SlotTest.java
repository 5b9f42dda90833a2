package dev.charcoal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SlotTest {
  /** Runs submitted work only when told to, in order. */
  static final class ManualExecutor implements Executor {
    final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
      queued.add(command);
    }

    void runNext() {
      queued.removeFirst().run();
    }
  }

  final ManualExecutor executor = new ManualExecutor();
  final Slot slot = new BackgroundTasks(executor).slot();
  final List<String> delivered = new ArrayList<>();

  void request(FxRobot robot, String name) {
    robot.interact(() -> slot.run(() -> name, delivered::add, e -> delivered.add("failed")));
  }

  @Test
  void deliversTheResultOnTheFxThread(FxRobot robot) throws InterruptedException {
    List<Boolean> onFx = new ArrayList<>();
    robot.interact(
        () -> slot.run(() -> "a", result -> onFx.add(Platform.isFxApplicationThread()), e -> {}));
    Thread worker = new Thread(executor::runNext);
    worker.start();
    worker.join();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx).containsExactly(true);
  }

  @Test
  void aRequestWhileOneRunsWaitsAndReplacesTheOlderResult(FxRobot robot) {
    request(robot, "old");
    request(robot, "new");

    robot.interact(executor::runNext);
    assertThat(delivered).isEmpty(); // "old" is outdated: "new" waits
    assertThat(executor.queued).hasSize(1);
    robot.interact(executor::runNext);

    assertThat(delivered).containsExactly("new");
    assertThat(slot.busy()).isFalse();
  }

  @Test
  void onlyTheNewestWaitingRequestRuns(FxRobot robot) {
    request(robot, "first");
    request(robot, "second");
    request(robot, "third");

    robot.interact(executor::runNext);
    robot.interact(executor::runNext);

    assertThat(delivered).containsExactly("third");
    assertThat(executor.queued).isEmpty();
  }

  @Test
  void cancelDropsTheRunningResult(FxRobot robot) {
    request(robot, "dropped");
    robot.interact(slot::cancel);
    robot.interact(executor::runNext);

    assertThat(delivered).isEmpty();
    assertThat(slot.busy()).isFalse();
  }

  @Test
  void aFailureGoesToTheFailureHandler(FxRobot robot) {
    List<String> failures = new ArrayList<>();
    robot.interact(
        () ->
            slot.run(
                () -> {
                  throw new IllegalStateException("boom");
                },
                result -> delivered.add("result"),
                e -> failures.add(e.getMessage())));
    robot.interact(executor::runNext);

    assertThat(failures).containsExactly("boom");
    assertThat(delivered).isEmpty();
  }
}
