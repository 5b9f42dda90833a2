package dev.charcoal.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when a newly shown scene's first frame is on the screen, for start-up timing. A pulse lays
 * the scene out and hands the frame to the render thread; the next pulse waits for that rendering
 * before handing over its own. So once a third pulse has been laid out, the first frame has been
 * drawn (a frame or two late at most, never early).
 */
final class FirstFrame {
  /** Pulses laid out before the first frame is surely drawn. */
  static final int PULSES = 3;

  private FirstFrame() {}

  /** Runs {@code action} on the FX thread once {@code scene}'s first frame has been drawn. */
  static void whenDrawn(Scene scene, Runnable action) {
    scene.addPostLayoutPulseListener(
        new Runnable() {
          private int pulses;

          @Override
          public void run() {
            if (++pulses < PULSES) {
              Platform.requestNextPulse();
            } else if (pulses == PULSES) {
              // not from inside the scene's walk over its listeners
              Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
              action.run();
            }
          }
        });
  }
}
