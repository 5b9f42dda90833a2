package dev.charcoal.app.desktop;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.ui.CharcoalLauncher;
import dev.charcoal.ui.backend.Backend;
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
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app: the same services as {@code charcoal serve} (listeners on Graphite's default
 * ports, store, HTTP API) running in background threads, and the window over them. The window opens
 * while the services start on another thread (the two take about as long, and there are two cores
 * to share), and the whisper tree is indexed after that in the background, the status bar counting.
 * A port that is taken or a broken config shows in the window instead of stopping the app; closing
 * the window writes every received point and stops the services.
 */
public final class DesktopSession {
  private static final String START_THREAD = "charcoal-start";

  private DesktopSession() {}

  /** Runs the app on {@code dataDir} until its window is closed. */
  public static void run(Path dataDir, InstantSource clock) throws Exception {
    if (Boolean.getBoolean(CharcoalLauncher.DEMO_PROPERTY)) {
      CharcoalLauncher.launch(
          dataDir, clock); // synthetic data, no listeners: for looking at the UI
      return;
    }
    StartupTrace trace = StartupTrace.fromSystemProperty(clock);
    ByteArrayOutputStream problems = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(problems, true, StandardCharsets.UTF_8);
    CompletableFuture<Services> services = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                services.complete(start(dataDir, clock, err));
              } catch (Exception | Error e) {
                services.completeExceptionally(e);
              }
            },
            START_THREAD);
    starter.setDaemon(true);
    starter.start();
    CompletableFuture<Backend> backend =
        services.handle(
            (started, failure) -> {
              if (failure != null) {
                return new DisconnectedBackend("cannot start the store: " + failure.getMessage());
              }
              trace.mark("services");
              return new ServicesBackend(started, clock, () -> lines(problems), dataDir);
            });
    CompletableFuture<Void> firstFrame = new CompletableFuture<>();
    services.thenAcceptBoth(
        firstFrame,
        (started, shown) -> {
          started.indexed().thenRun(() -> trace.mark("indexed"));
          started.indexInBackground();
        });
    // A logout or kill sends SIGTERM, which skips the window's close: write everything then too.
    Thread writeOnExit =
        new Thread(() -> closeQuietly(startedOrNull(services)), "charcoal-shutdown");
    Runtime.getRuntime().addShutdownHook(writeOnExit);
    try {
      CharcoalLauncher.launch(
          dataDir,
          new StartingBackend(backend),
          clock,
          List.of(),
          () -> {
            trace.mark("first-frame");
            firstFrame.complete(null);
          });
    } finally {
      Services started = startedOrNull(services); // the window may close before the start ends
      try {
        if (started != null) {
          started.close();
        }
      } finally {
        Runtime.getRuntime().removeShutdownHook(writeOnExit);
      }
    }
  }

  /** Starts the services, listeners as the settings dialog saved them, problems on {@code err}. */
  private static Services start(Path dataDir, InstantSource clock, PrintStream err)
      throws Exception {
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
    return Services.startBeforeIndexing(options, clock, hostName(), quiet, err, quiet);
  }

  /** The problems start-up reported, and those found since (the index scan's). */
  private static List<String> lines(ByteArrayOutputStream text) {
    return Arrays.stream(text.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static Services startedOrNull(CompletableFuture<Services> services) {
    return services.handle((started, failure) -> started).join();
  }

  private static void closeQuietly(Services services) {
    if (services == null) {
      return;
    }
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
