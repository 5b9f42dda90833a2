package dev.charcoal.bench;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.tiles.Thresholds;
import dev.charcoal.ui.tiles.TileQuery;
import dev.charcoal.ui.tiles.TileReading;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileView;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one refresh of the busiest tile wall costs: 200 tiles, each a 5-minute period of 1 s
 * data (300 points, Tasseo's design resolution), refreshed every 2 s. {@code backgroundRefresh} is
 * the background part (200 evaluations from memory, last value, sparkline consolidated to the tile
 * width); {@code fxThreadAllTiles} is what the FX thread would then do for all 200 tiles in one go
 * (levels and texts set, sparklines drawn, the CSS and layout pass a frame runs, and the rendering
 * of the previous update, which runs between two measured calls), {@code fxThreadOneFrame} the same
 * for the 50 tiles the wall updates per frame. Monocle headless, software pipeline, as the tests
 * run.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=TileWallBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Dglass.platform=Monocle",
      "-Dmonocle.platform=Headless",
      "-Dprism.order=sw",
      "-Djava.awt.headless=true",
      "-Dheadless.geometry=1920x1080-32"
    })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TileWallBenchmark {
  static final int TILES = 200;
  static final int POINTS = 300;
  static final int TILES_PER_FRAME = 50;
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final TimeWindow PERIOD = new TimeWindow(NOW.minusSeconds(POINTS), NOW);

  private final List<TileSpec> specs = new ArrayList<>();
  private final List<TileView> views = new ArrayList<>();
  private Backend backend;
  private List<TileReading>[] readings;
  private FlowPane wall;
  private Stage stage;
  private int round;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    for (int t = 0; t < TILES; t++) {
      specs.add(
          new TileSpec(
              "servers.host" + t + ".cpu", "host" + t, "%", new Thresholds(60.0, 90.0, null), ""));
    }
    backend = new MemoryBackend(series(0));
    // two sets of readings (other values, other levels), alternated, so that no frame repeats
    readings = new List[2];
    readings[0] = TileQuery.run(backend, specs, PERIOD, (int) TileView.WIDTH);
    readings[1] = TileQuery.run(new MemoryBackend(series(1)), specs, PERIOD, (int) TileView.WIDTH);
    CompletableFuture<Void> started = new CompletableFuture<>();
    try {
      Platform.startup(() -> started.complete(null));
    } catch (IllegalStateException alreadyRunning) {
      started.complete(null);
    }
    started.get();
    OnFx.run(this::showWindow);
  }

  private Map<String, TimeSeries> series(int phase) {
    Map<String, TimeSeries> series = new java.util.HashMap<>();
    for (TileSpec spec : specs) {
      double[] values = new double[POINTS];
      int t = series.size();
      for (int i = 0; i < POINTS; i++) {
        values[i] =
            i % 97 == 0
                ? Double.NaN
                : 50 + 30 * phase + 45 * Math.sin(i / 20.0 + t + phase) + (i * 7919 % 7);
      }
      long start = PERIOD.fromSecond();
      series.put(
          spec.target(),
          TimeSeries.of(spec.target(), spec.target(), start, start + POINTS, 1, values, 0));
    }
    return series;
  }

  private void showWindow() {
    wall = new FlowPane(8, 8);
    wall.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    for (TileSpec spec : specs) {
      TileView view = new TileView(spec);
      views.add(view);
      wall.getChildren().add(view);
    }
    stage = new Stage();
    stage.setScene(new Scene(wall, 1920, 1080));
    stage.show();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    OnFx.run(stage::close);
  }

  @Benchmark
  public List<TileReading> backgroundRefresh() {
    return TileQuery.run(backend, specs, PERIOD, (int) TileView.WIDTH);
  }

  /** One frame as the wall paces them: 50 tiles. */
  @Benchmark
  public void fxThreadOneFrame() throws Exception {
    List<TileReading> frame = readings[round++ & 1];
    OnFx.run(
        () -> {
          for (int i = 0; i < TILES_PER_FRAME; i++) {
            views.get(i).show(frame.get(i));
          }
          wall.applyCss();
          wall.layout();
        });
  }

  /** All 200 tiles in one go, without pacing. */
  @Benchmark
  public void fxThreadAllTiles() throws Exception {
    List<TileReading> frame = readings[round++ & 1];
    OnFx.run(
        () -> {
          for (int i = 0; i < TILES; i++) {
            views.get(i).show(frame.get(i));
          }
          wall.applyCss();
          wall.layout();
        });
  }

  /** Series from memory, as fast as a backend can answer. */
  private record MemoryBackend(Map<String, TimeSeries> series) implements Backend {
    @Override
    public List<MetricNode> children(String path) {
      return List.of();
    }

    @Override
    public List<String> metrics(String globPattern, Predicate<String> filter, int limit) {
      return List.of();
    }

    @Override
    public List<TimeSeries> evaluate(
        List<String> targets, long from, long until, int maxDataPoints) {
      return targets.stream().map(series::get).toList();
    }

    @Override
    public List<FunctionSpec> functions() {
      return List.of();
    }

    @Override
    public List<Event> events(long from, long until, List<String> tags) {
      return List.of();
    }

    @Override
    public Event addEvent(Event event) {
      return event;
    }

    @Override
    public BackendStatus status() {
      return new BackendStatus(Map.of(), 0, 0, "ok", List.of());
    }
  }
}
