package dev.charcoal.app.desktop;

import dev.charcoal.app.cli.Failures;
import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.store.StoreOptions;
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
 * The desktop app's services, started on a thread of their own so that the window opens meanwhile
 * (the two take about as long, and a laptop has at least two cores): listeners as the settings
 * dialog saved them, store, HTTP API. The whisper tree is indexed once the window has shown its
 * first frame ({@link #windowShown}), so that the scan's work does not hold the window up. The
 * problems met on the way (a port taken, files the scan cannot read) are kept for the status bar; a
 * start that fails leaves a backend that says why.
 */
final class ServicesStart implements AutoCloseable {
  private static final String THREAD = "charcoal-start";

  private final CompletableFuture<Services> services = new CompletableFuture<>();
  private final CompletableFuture<Void> shown = new CompletableFuture<>();
  private final CompletableFuture<Backend> backend;
  private final ByteArrayOutputStream problems = new ByteArrayOutputStream();

  private ServicesStart(Path dataDir, InstantSource clock, StartupTrace trace) {
    backend =
        services.handle(
            (started, failure) -> {
              if (failure != null) {
                return new DisconnectedBackend(
                    "cannot start the store: " + Failures.describe(failure, null));
              }
              trace.mark("services");
              return new ServicesBackend(started, clock, this::problems, dataDir);
            });
    services.thenAcceptBoth(
        shown,
        (started, frame) -> {
          started.indexed().thenRun(() -> trace.mark("indexed"));
          started.indexInBackground();
        });
  }

  /** Starts the services on {@code dataDir} on a thread of their own. */
  static ServicesStart begin(Path dataDir, InstantSource clock, StartupTrace trace) {
    ServicesStart start = new ServicesStart(dataDir, clock, trace);
    PrintStream err = new PrintStream(start.problems, true, StandardCharsets.UTF_8);
    Thread thread =
        new Thread(
            () -> {
              try {
                start.services.complete(start(dataDir, clock, err));
              } catch (Exception | Error e) {
                start.services.completeExceptionally(e);
              }
            },
            THREAD);
    thread.setDaemon(true);
    thread.start();
    return start;
  }

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

  /** The window's backend once the services are up, or one that says why they are not. */
  CompletableFuture<Backend> backend() {
    return backend;
  }

  /** The window has drawn its first frame: the index may be filled now. */
  void windowShown() {
    shown.complete(null);
  }

  /** The problems reported so far: at start, then in the background (the index scan's). */
  private List<String> problems() {
    return Arrays.stream(problems.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  /** Waits for the start to end (the window may close first), then writes every point and stops. */
  @Override
  public void close() throws IOException {
    Services started = services.handle((s, failure) -> s).join();
    if (started != null) {
      started.close();
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
