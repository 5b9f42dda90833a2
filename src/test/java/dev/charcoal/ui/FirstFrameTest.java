package dev.charcoal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
  private static final long WAIT_SECONDS = 30;

  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger pulsesAtCall = new AtomicInteger();
  private final AtomicInteger pulses = new AtomicInteger();
  private Label label;

  @Start
  void start(Stage stage) {
    label = new Label("first");
    Scene scene = new Scene(label, 200, 100);
    scene.addPostLayoutPulseListener(pulses::incrementAndGet);
    stage.setScene(scene);
    stage.show();
    FirstFrame.whenDrawn(
        scene,
        () -> {
          pulsesAtCall.set(pulses.get());
          calls.incrementAndGet();
        });
  }

  @Test
  void callsBackOnceAfterThePulsesThatDrawTheFirstFrame(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> calls.get() > 0);
    assertThat(pulsesAtCall.get()).isGreaterThanOrEqualTo(FirstFrame.PULSES);

    for (int i = 0; i < 3; i++) {
      robot.interact(() -> label.setText(label.getText() + "!")); // more pulses
    }

    assertThat(calls.get()).as("once only").isEqualTo(1);
  }
}
