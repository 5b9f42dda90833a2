package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Each test runs in one FX-thread step, so no real frame comes between its calls: {@code frame()}
 * stands for the next frames.
 */
@ExtendWith(ApplicationExtension.class)
class PaintPacerTest {
  final PaintPacer pacer = new PaintPacer(15);
  final List<String> painted = new ArrayList<>();

  void submit(String owner, long points) {
    pacer.submit(owner, points, () -> painted.add(owner));
  }

  @Test
  void paintsWithinTheBudgetAtOnceAndTheRestInLaterFrames(FxRobot robot) {
    robot.interact(
        () -> {
          submit("a", 10);
          submit("b", 10);
          submit("c", 4);
          assertThat(painted).containsExactly("a");

          pacer.frame();
          // b and c fit one frame together (14 ≤ 15)
          assertThat(painted).containsExactly("a", "b", "c");
          assertThat(pacer.waiting()).isZero();
        });
  }

  @Test
  void aChartBiggerThanTheBudgetStillGetsAFrameOfItsOwn(FxRobot robot) {
    robot.interact(
        () -> {
          submit("a", 10);
          submit("huge", 100);
          submit("b", 1);

          pacer.frame();
          assertThat(painted).containsExactly("a", "huge");
          pacer.frame();
          assertThat(painted).containsExactly("a", "huge", "b");
        });
  }

  @Test
  void aNewerUpdateReplacesTheWaitingOneOfTheSameChart(FxRobot robot) {
    List<String> versions = new ArrayList<>();
    robot.interact(
        () -> {
          pacer.submit("a", 15, () -> versions.add("a1"));
          pacer.submit("b", 15, () -> versions.add("b1"));
          pacer.submit("b", 15, () -> versions.add("b2"));

          pacer.frame();
          assertThat(versions).containsExactly("a1", "b2");
        });
  }

  @Test
  void keepsTheOrderOfWaitingUpdates(FxRobot robot) {
    robot.interact(
        () -> {
          submit("a", 15);
          submit("b", 8);
          submit("c", 8);
          submit("d", 8);

          pacer.frame(); // b; b + c would be 16 > 15
          pacer.frame(); // c
          assertThat(painted).containsExactly("a", "b", "c");
          pacer.frame();
          assertThat(painted).containsExactly("a", "b", "c", "d");
        });
  }
}
