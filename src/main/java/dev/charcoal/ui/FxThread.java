package dev.charcoal.ui;

import javafx.application.Platform;

/**
 * The one way back to the JavaFX thread: background work hands its results here, and nothing else
 * in the UI calls {@link Platform#runLater} directly.
 */
public final class FxThread {
  private FxThread() {}

  /** Runs {@code action} on the FX thread: at once when already there, else as soon as it can. */
  public static void run(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  /** Fails fast when a model that only the FX thread may touch is used from elsewhere. */
  public static void check() {
    if (!Platform.isFxApplicationThread()) {
      throw new IllegalStateException(
          "not on the JavaFX thread: " + Thread.currentThread().getName());
    }
  }
}
