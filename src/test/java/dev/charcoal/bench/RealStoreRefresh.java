package dev.charcoal.bench;

import dev.charcoal.app.desktop.DesktopBackends;
import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.model.Event;
import dev.charcoal.model.PointBatch;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.CharcoalApplication;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.main.MainWindow;
import dev.charcoal.ui.tiles.Thresholds;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.TimeRange;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The two refresh loads over the real store, in the real window: whisper files written by
 * the store into a temporary data dir, read back through the desktop app's services and backend
 * (index, evaluator, whisper reads merged with the cache), shown by {@code MainWindow}.
 *
 * <ul>
 *   <li>{@code panes}: 12 panes × 10 series × one day of 10 s data (8,640 points each) in a 1280 ×
 *       800 window, auto-refreshed every 5 s ({@code panes-large}: 2560 × 1600);
 *   <li>{@code wall}: a 200-tile wall (5 minutes of 10 s data a tile) refreshed every 2 s.
 * </ul>
 *
 * After a warm-up, it measures the frames (see {@link FxFrames}: the longest is what the budget of
 * 100 ms is about), the FX thread's CPU time per refresh above its idle pulses, and the background
 * evaluations. Monocle headless, software pipeline, as the other UI benchmarks:
 *
 * <pre>
 * mvn -B -q -Pbench test-compile exec:exec -Dexec.args="-Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=2560x1600-32 \
 *   -cp %classpath dev.charcoal.bench.RealStoreRefresh panes wall"
 * </pre>
 */
public final class RealStoreRefresh {
  static final int PANES = 12;
  static final int SERIES_PER_PANE = 10;
  static final int TILES = 200;
  static final long STEP = 10;
  static final int DAY_POINTS = 8_640;
  static final int WALL_POINTS = 360; // an hour: the wall shows the last 5 minutes
  static final Duration PANE_REFRESH = Duration.ofSeconds(5);
  static final Duration WALL_PERIOD = Duration.ofMinutes(5);
  static final Duration WALL_REFRESH = Duration.ofSeconds(2);
  static final Duration WARM_UP = Duration.ofSeconds(20);
  static final Duration MEASURE = Duration.ofSeconds(60);
  static final String SCHEMAS = "[bench]\npattern = ^bench\\.\nretentions = 10s:1d\n";
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private RealStoreRefresh() {}

  public static void main(String[] args) throws Exception {
    InstantSource clock = InstantSource.system();
    Path data = Files.createTempDirectory("charcoal-refresh");
    long now = clock.instant().getEpochSecond();
    System.out.printf("writing %,d whisper files through the store ...%n", PANES * 10 + TILES);
    write(data, now);
    Services services = Services.start(options(data), clock, "bench", QUIET, System.err, QUIET);
    TimedBackend backend = new TimedBackend(DesktopBackends.over(services, clock, data));
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    Platform.setImplicitExit(false); // one load's window closes before the next opens
    started.get();
    try {
      for (String load : args.length == 0 ? new String[] {"panes", "wall"} : args) {
        switch (load) {
          case "panes" -> panes(data, backend, clock, 1280, 800);
          case "panes-large" -> panes(data, backend, clock, 2560, 1600);
          case "wall" -> wall(data, backend, clock);
          default -> throw new IllegalArgumentException("panes, panes-large or wall: " + load);
        }
      }
    } finally {
      services.close();
      Platform.exit();
    }
  }

  private static ServeOptions options(Path data) {
    return new ServeOptions(data, "127.0.0.1", 0, 0, 0, 0, null, 10_000_000);
  }

  static String paneSeries(int pane, int series) {
    return "bench.pane" + pane + ".s" + series;
  }

  static String tileSeries(int tile) {
    return "bench.wall.t" + tile;
  }

  /** Every series through the store (cache, then whisper on close), ending at {@code now}. */
  private static void write(Path data, long now) throws Exception {
    Files.createDirectories(data.resolve("conf"));
    Files.writeString(
        data.resolve("conf/storage-schemas.conf"),
        SCHEMAS + "[default]\npattern = .*\nretentions = 10s:6h,1m:7d\n");
    try (Services services =
        Services.start(
            options(data),
            InstantSource.fixed(java.time.Instant.ofEpochSecond(now)),
            "bench",
            QUIET,
            System.err)) {
      for (int p = 0; p < PANES; p++) {
        for (int s = 0; s < SERIES_PER_PANE; s++) {
          services.store().accept(batch(paneSeries(p, s), now, DAY_POINTS, p * 31 + s));
        }
      }
      for (int t = 0; t < TILES; t++) {
        services.store().accept(batch(tileSeries(t), now, WALL_POINTS, t));
      }
    }
  }

  private static PointBatch batch(String name, long now, int points, int seed) {
    PointBatch batch = new PointBatch(points);
    long first = (now / STEP - points + 1) * STEP;
    for (int i = 0; i < points; i++) {
      double value =
          i % 700 == seed % 700
              ? Double.NaN
              : 50 + 40 * Math.sin(i / 300.0 + seed) + (i * 7919 % 13);
      if (!Double.isNaN(value)) {
        batch.add(name, first + i * STEP, value);
      }
    }
    return batch;
  }

  private static void panes(
      Path data, TimedBackend backend, InstantSource clock, int width, int height)
      throws Exception {
    List<List<String>> panes = new ArrayList<>();
    for (int p = 0; p < PANES; p++) {
      List<String> targets = new ArrayList<>();
      for (int s = 0; s < SERIES_PER_PANE; s++) {
        targets.add(paneSeries(p, s));
      }
      panes.add(targets);
    }
    run(
        "12 panes x 10 series x 8,640 points, "
            + width
            + " x "
            + height
            + ", every "
            + PANE_REFRESH.toSeconds()
            + " s",
        data,
        backend,
        clock,
        panes,
        width,
        height,
        window -> {
          window.time().set(new TimeRange.Relative(Duration.ofDays(1)));
          window.autoRefresh().interval().set(PANE_REFRESH);
          window.autoRefresh().enabled().set(true);
        },
        PANE_REFRESH);
  }

  private static void wall(Path data, TimedBackend backend, InstantSource clock) throws Exception {
    List<TileSpec> tiles = new ArrayList<>();
    for (int t = 0; t < TILES; t++) {
      tiles.add(new TileSpec(tileSeries(t), "t" + t, "%", new Thresholds(60.0, 90.0, null), ""));
    }
    run(
        TILES + "-tile wall, every " + WALL_REFRESH.toSeconds() + " s, 1920 x 1080",
        data,
        backend,
        clock,
        List.of(List.of()),
        1920,
        1080,
        window -> {
          window.views().addWall(new TileWallSpec("bench", WALL_PERIOD, WALL_REFRESH, tiles));
          window.views().selectView(1);
        },
        WALL_REFRESH);
  }

  /** Starts a load's refreshes. */
  private interface Load {
    void start(MainWindow window);
  }

  private static void run(
      String title,
      Path data,
      TimedBackend backend,
      InstantSource clock,
      List<List<String>> panes,
      int width,
      int height,
      Load load,
      Duration refresh)
      throws Exception {
    ExecutorService background = Executors.newFixedThreadPool(2, daemon());
    UiServices ui = new UiServices(backend, clock, ZoneId.systemDefault(), background);
    Stage[] stage = new Stage[1];
    CharcoalApplication[] app = new CharcoalApplication[1];
    OnFx.run(
        () -> {
          stage[0] = new Stage();
          app[0] = new CharcoalApplication(data, ui, panes);
          app[0].start(stage[0]);
          stage[0].setX(0); // all on the headless screen
          stage[0].setY(0);
          stage[0].setWidth(width);
          stage[0].setHeight(height);
        });
    FxFrames frames = new FxFrames();
    OnFx.run(() -> load.start(app[0].window()));
    Thread.sleep(WARM_UP.toMillis());
    backend.reset();
    OnFx.run(frames::start);
    Thread.sleep(MEASURE.toMillis());
    OnFx.run(frames::stop);
    FxFrames.Summary s = frames.summary();
    long refreshes = MEASURE.toSeconds() / refresh.toSeconds();
    System.out.printf(
        "%n%s (%d refreshes measured after %d s of warm-up)%n",
        title, refreshes, WARM_UP.toSeconds());
    System.out.printf(
        "  frames: %d, longest %.1f ms (collector pauses in it: %.1f ms), 99th percentile %.1f"
            + " ms, over 100 ms: %d; longest collector pause %.1f ms%n",
        s.frames(),
        s.maxMillis(),
        s.gcInLongestMillis(),
        s.p99Millis(),
        s.overBudget(),
        s.gcMaxMillis());
    System.out.printf(
        "  most CPU in one frame: FX thread %.1f ms, render thread %.1f ms%n",
        s.maxFrameCpuMillis(), s.maxRenderCpuMillis());
    System.out.printf(
        "  FX thread per refresh: %.1f ms CPU (in frames that did work)%n",
        s.busyCpuMillis() / refreshes);
    System.out.printf(
        "  background per refresh: %d evaluations, %.1f ms in all (%.2f ms each)%n",
        backend.calls.get() / refreshes,
        backend.nanos.get() / 1e6 / refreshes,
        backend.nanos.get() / 1e6 / Math.max(1, backend.calls.get()));
    OnFx.run(
        () -> {
          app[0].window().stop();
          stage[0].close();
        });
    background.shutdown(); // evaluations in flight end (interrupted, they would log)
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return work -> {
      Thread t = new Thread(work, "bench-ui");
      t.setDaemon(true);
      return t;
    };
  }

  /** The desktop backend, timing its evaluations (the background part of a refresh). */
  private static final class TimedBackend implements Backend {
    private final Backend backend;
    final AtomicLong calls = new AtomicLong();
    final AtomicLong nanos = new AtomicLong();

    TimedBackend(Backend backend) {
      this.backend = backend;
    }

    void reset() {
      calls.set(0);
      nanos.set(0);
    }

    @Override
    public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
        throws BackendException {
      long start = System.nanoTime();
      try {
        return backend.evaluate(targets, from, until, maxDataPoints);
      } finally {
        nanos.addAndGet(System.nanoTime() - start);
        calls.incrementAndGet();
      }
    }

    @Override
    public List<MetricNode> children(String path) throws BackendException {
      return backend.children(path);
    }

    @Override
    public List<String> metrics(String globPattern, Predicate<String> filter, int limit)
        throws BackendException {
      return backend.metrics(globPattern, filter, limit);
    }

    @Override
    public List<FunctionSpec> functions() {
      return backend.functions();
    }

    @Override
    public List<Event> events(long from, long until, List<String> tags) throws BackendException {
      return backend.events(from, until, tags);
    }

    @Override
    public Event addEvent(Event event) throws BackendException {
      return backend.addEvent(event);
    }

    @Override
    public BackendStatus status() {
      return backend.status();
    }
  }
}
