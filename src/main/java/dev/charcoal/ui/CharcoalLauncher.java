package dev.charcoal.ui;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.DisconnectedBackend;
import dev.charcoal.ui.demo.DemoBackend;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Starts the JavaFX app from a plain class (a jar whose main class extends {@link
 * javafx.application.Application} fails on a plain classpath with "JavaFX runtime components are
 * missing"), with a background executor for every backend call, and returns when the window is
 * closed.
 */
public final class CharcoalLauncher {
  /** {@code -Dcharcoal.demo=true}: open on synthetic data when no backend is handed over. */
  public static final String DEMO_PROPERTY = "charcoal.demo";

  /** Background threads for backend calls; few, because the store and listeners need the cores. */
  static final int BACKGROUND_THREADS = 2;

  private CharcoalLauncher() {}

  /**
   * Opens the window without a real backend: on the demo data when {@code -Dcharcoal.demo=true},
   * else on an empty backend whose status says it is not connected. The app's composition root
   * calls {@link #launch(Path, Backend, InstantSource, List)} instead once it wires the services.
   */
  public static void launch(Path dataDir, InstantSource clock) throws InterruptedException {
    if (Boolean.getBoolean(DEMO_PROPERTY)) {
      launch(dataDir, new DemoBackend(clock), clock, DemoBackend.STARTER_PANES);
    } else {
      launch(
          dataDir,
          new DisconnectedBackend(
              "no backend connected (run with -D" + DEMO_PROPERTY + "=true for demo data)"),
          clock,
          List.of());
    }
  }

  /**
   * Opens the window on {@code backend} and waits until it is closed.
   *
   * @param initialPanes targets of the panes to open with, one list per pane (empty: one empty
   *     pane)
   */
  public static void launch(
      Path dataDir, Backend backend, InstantSource clock, List<List<String>> initialPanes)
      throws InterruptedException {
    launch(dataDir, backend, clock, initialPanes, () -> {});
  }

  /**
   * Opens the window as {@link #launch(Path, Backend, InstantSource, List)} and runs {@code
   * onFirstFrame} on the FX thread once its first frame has been drawn (for start-up timing).
   */
  public static void launch(
      Path dataDir,
      Backend backend,
      InstantSource clock,
      List<List<String>> initialPanes,
      Runnable onFirstFrame)
      throws InterruptedException {
    ExecutorService background = Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads());
    UiServices services = new UiServices(backend, clock, ZoneId.systemDefault(), background);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try {
      Platform.startup(
          () -> {
            try {
              Stage stage = new Stage();
              stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
              CharcoalApplication app = new CharcoalApplication(dataDir, services, initialPanes);
              app.setOnFirstFrame(onFirstFrame);
              app.start(stage);
            } catch (RuntimeException e) {
              failure.set(e);
              closed.countDown();
            }
          });
      closed.await();
      if (failure.get() != null) {
        throw failure.get();
      }
    } finally {
      Platform.exit();
      background.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, "charcoal-ui-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
