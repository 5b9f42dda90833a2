package dev.charcoal.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;

/**
 * The self test's JavaFX step: starts the toolkit and renders a label offscreen, which loads
 * JavaFX's native libraries and its graphics pipeline. Without a display (a server, a container) it
 * only checks that the JavaFX classes are there, since the toolkit cannot start.
 */
public final class FxRuntimeCheck implements SelfTest.FxCheck {
  @Override
  public String check() throws Exception {
    // Loaded, not initialised: Control's static initialiser needs a running toolkit.
    Class.forName("javafx.scene.control.Label", false, getClass().getClassLoader());
    String version = System.getProperty("javafx.runtime.version", "?");
    boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
    if (linux && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
      return "classes present (no display: toolkit not started)";
    }
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Object> result = new AtomicReference<>();
    Platform.startup(
        () -> {
          try {
            Scene scene = new Scene(new Label("Charcoal"));
            WritableImage image = scene.snapshot(null);
            result.set(image.getWidth() > 0 ? "ok" : "empty snapshot");
          } catch (RuntimeException e) {
            result.set(e);
          } finally {
            done.countDown();
          }
        });
    try {
      if (!done.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the JavaFX toolkit did not answer within 20 s");
      }
    } finally {
      Platform.exit();
    }
    if (result.get() instanceof RuntimeException e) {
      throw e;
    }
    return result.get() + " (JavaFX " + System.getProperty("javafx.runtime.version", version) + ")";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
