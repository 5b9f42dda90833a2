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
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app's services (listeners as the settings dialog saved them, store, HTTP API, then
 * the index of the whisper tree), started on a thread of their own once the window has drawn its
 * first frame ({@link #windowShown}), or after {@link #FIRST_FRAME_WAIT} if it never says so. Both
 * are mostly CPU work, and on two cores the window came half a second sooner when it had them to
 * itself, while the services were up no later (see docs/PERFORMANCE.md, cold start). The problems
 * met on the way (a port taken, files the scan cannot read) are kept for the status bar; a start
 * that fails leaves a backend that says why.
 */
final class ServicesStart implements AutoCloseable {
  /** The longest the services wait for the window's first frame. */
  static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(5);

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
              trace.mark(StartupTrace.SERVICES);
              return new ServicesBackend(started, clock, this::problems, dataDir);
            });
    services.thenAccept(
        started -> {
          started.indexed().thenRun(() -> trace.mark(StartupTrace.INDEXED));
          started.indexInBackground();
        });
  }

  /** Starts the services on {@code dataDir} once the window shows, on a thread of their own. */
  static ServicesStart begin(Path dataDir, InstantSource clock, StartupTrace trace) {
    return begin(dataDir, clock, trace, FIRST_FRAME_WAIT);
  }

  static ServicesStart begin(
      Path dataDir, InstantSource clock, StartupTrace trace, Duration firstFrameWait) {
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
    start.shown.thenRun(thread::start);
    start.shown.completeOnTimeout(null, firstFrameWait.toMillis(), TimeUnit.MILLISECONDS);
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

  /** The window has drawn its first frame: the services may start. */
  void windowShown() {
    shown.complete(null);
  }

  /** The problems reported so far: at start, then in the background (the index scan's). */
  private List<String> problems() {
    return Arrays.stream(problems.toString(StandardCharsets.UTF_8).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  /**
   * Waits for the start to end (the window may close first), then writes every point and stops; if
   * the window went before it showed, nothing starts.
   */
  @Override
  public void close() throws IOException {
    if (shown.cancel(false)) {
      services.cancel(false);
    }
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
