package dev.charcoal.app.desktop;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.ui.CharcoalLauncher;
import dev.charcoal.ui.backend.DisconnectedBackend;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.settings.SettingsFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;

/**
 * The desktop app: the same services as {@code charcoal serve} (listeners on Graphite's default
 * ports, store, HTTP API) running in background threads, and the window over them. A port that is
 * taken or a broken config shows in the window instead of stopping the app; closing the window
 * writes every received point and stops the services.
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
    ByteArrayOutputStream problems = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(problems, true, StandardCharsets.UTF_8);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
    Settings.Listeners listeners = listeners(dataDir, err);
    ServeOptions options =
        new ServeOptions(
            dataDir,
            listeners.bind(),
            listeners.carbonPort(),
            listeners.picklePort(),
            listeners.statsdPort(),
            listeners.httpPort(),
            null,
            StoreOptions.DEFAULT_MAX_CACHE_POINTS);
    Services services;
    try {
      services = Services.start(options, clock, hostName(), quiet, err, quiet);
    } catch (Exception e) {
      CharcoalLauncher.launch(
          dataDir,
          new DisconnectedBackend("cannot start the store: " + e.getMessage()),
          clock,
          List.of());
      return;
    }
    // A logout or kill sends SIGTERM, which skips the window's close: write everything then too.
    Thread writeOnExit = new Thread(() -> closeQuietly(services), "charcoal-shutdown");
    Runtime.getRuntime().addShutdownHook(writeOnExit);
    try (services) {
      CharcoalLauncher.launch(
          dataDir,
          new ServicesBackend(services, clock, lines(problems), dataDir),
          clock,
          List.of());
    } finally {
      Runtime.getRuntime().removeShutdownHook(writeOnExit);
    }
  }

  /** The problems start-up reported. */
  private static List<String> lines(ByteArrayOutputStream text) {
    return Arrays.stream(text.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static void closeQuietly(Services services) {
    try {
      services.close();
    } catch (Exception e) {
      System.err.println("charcoal: could not write every point on exit: " + e.getMessage());
    }
  }

  /** The listeners the settings dialog saved (conf/listeners.json), else Graphite's defaults. */
  private static Settings.Listeners listeners(Path dataDir, PrintStream err) {
    try {
      return new SettingsFiles(dataDir).load().listeners();
    } catch (IOException | RuntimeException e) {
      err.println("settings: " + e.getMessage() + "; using the default ports");
      return Settings.DEFAULT_LISTENERS;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
