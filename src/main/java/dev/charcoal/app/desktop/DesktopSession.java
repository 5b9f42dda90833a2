package dev.charcoal.app.desktop;

import dev.charcoal.ui.CharcoalLauncher;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

/**
 * The desktop app: the same services as {@code charcoal serve} (listeners on Graphite's default
 * ports, store, HTTP API) running in background threads, and the window over them. The window opens
 * first, the services start once it shows ({@link ServicesStart}); until they are up its calls wait
 * for them in the background ({@link StartingBackend}). A port that is taken, a data dir that
 * cannot be used or a broken config shows in the window instead of stopping the app; closing the
 * window writes every received point and stops the services.
 */
public final class DesktopSession {
  private DesktopSession() {}

  /** Runs the app on {@code dataDir} until its window is closed. */
  public static void run(Path dataDir, InstantSource clock) throws Exception {
    if (Boolean.getBoolean(CharcoalLauncher.DEMO_PROPERTY)) {
      CharcoalLauncher.launch(
          dataDir, clock); // synthetic data, no listeners: for looking at the UI
      return;
    }
    StartupTrace trace = StartupTrace.fromSystemProperty(clock);
    ServicesStart services = ServicesStart.begin(dataDir, clock, trace);
    // A logout or kill sends SIGTERM, which skips the window's close: write everything then too.
    Thread writeOnExit = new Thread(() -> closeQuietly(services), "charcoal-shutdown");
    Runtime.getRuntime().addShutdownHook(writeOnExit);
    try (services) {
      CharcoalLauncher.launch(
          dataDir,
          new StartingBackend(services.backend()),
          clock,
          List.of(),
          () -> {
            trace.mark(StartupTrace.FIRST_FRAME);
            services.windowShown();
          });
    } finally {
      Runtime.getRuntime().removeShutdownHook(writeOnExit);
    }
  }

  private static void closeQuietly(ServicesStart services) {
    try {
      services.close();
    } catch (Exception e) {
      System.err.println("charcoal: could not write every point on exit: " + e.getMessage());
    }
  }
}
