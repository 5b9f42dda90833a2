package dev.charcoal.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the JavaFX app from a plain class, so the jar's main class need not extend {@link
 * Application} (which, on a plain classpath, fails with "JavaFX runtime components are missing").
 */
public final class CharcoalLauncher {
  private CharcoalLauncher() {}

  /** Opens the main window on {@code dataDir} and returns once the app has exited. */
  public static void launch(Path dataDir) {
    Application.launch(
        CharcoalApplication.class, "--" + CharcoalApplication.DATA_PARAMETER + "=" + dataDir);
  }
}
