package dev.charcoal.bench;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.chart.PaneChart;
import dev.charcoal.ui.chart.PlotData;
import dev.charcoal.ui.chart.PlotPreparer;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a refresh of the desktop app's busiest workspace costs: 12 panes × 10 series × one day of 10
 * s data (8,640 points each). {@code prepareOnePane} is the background part per pane (graphite's
 * consolidation to the pane width, styles, stacking); {@code fxThreadTwelvePanes} is everything the
 * FX thread then does for all 12 panes (swap the arrays into the datasets, JFreeChart drawing every
 * chart into its canvas), in one go, as when the shared time range changes. The budget is 100 ms.
 * Runs on Monocle's headless platform with the software pipeline, as the tests do.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=ChartPaneBenchmark}
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
      "-Dheadless.geometry=2560x1600-32"
    })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChartPaneBenchmark {
  static final int PANES = 12;
  static final int COLUMNS = 4;
  static final int SERIES = 10;
  static final int POINTS = 8_640;
  static final long STEP = 10;
  static final Instant UNTIL = Instant.parse("2026-11-20T12:00:00Z");
  static final TimeWindow DAY = new TimeWindow(UNTIL.minusSeconds(POINTS * STEP), UNTIL);

  /** The pane width: 12 panes in 4 columns of a 1280 × 800 window, or of a 2560 × 1600 one. */
  @Param({"320", "640"})
  public int width;

  private List<TimeSeries> day;
  private final List<PaneChart> charts = new ArrayList<>();
  private PlotData[][] prepared;
  private Stage stage;
  private int round;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    day = new ArrayList<>();
    for (int s = 0; s < SERIES; s++) {
      double[] values = new double[POINTS];
      for (int i = 0; i < POINTS; i++) {
        values[i] = i % 700 == 0 ? Double.NaN : 50 + 40 * Math.sin(i / 300.0 + s) + (i * 7919 % 13);
      }
      long start = DAY.fromSecond();
      day.add(TimeSeries.of("s" + s, "s" + s, start, start + POINTS * STEP, STEP, values, 0));
    }
    // two data sets, alternated, so that no frame just repeats the one before
    prepared = new PlotData[2][];
    for (int v = 0; v < 2; v++) {
      prepared[v] = new PlotData[PANES];
      for (int p = 0; p < PANES; p++) {
        prepared[v][p] = PlotPreparer.prepare(v == 0 ? day : day.subList(1, SERIES), width);
      }
    }
    CompletableFuture<Void> started = new CompletableFuture<>();
    try {
      Platform.startup(() -> started.complete(null));
    } catch (IllegalStateException alreadyRunning) {
      started.complete(null);
    }
    started.get();
    OnFx.run(this::showWindow);
  }

  private void showWindow() {
    GridPane grid = new GridPane();
    int height = width * 2 / 3;
    for (int p = 0; p < PANES; p++) {
      PaneChart chart = new PaneChart(ZoneOffset.UTC);
      ChartViewer viewer = new ChartViewer(chart.chart());
      viewer.setPrefSize(width, height);
      grid.add(viewer, p % COLUMNS, p / COLUMNS);
      charts.add(chart);
    }
    stage = new Stage();
    stage.setScene(new Scene(grid, COLUMNS * width, PANES / COLUMNS * height));
    stage.show();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    OnFx.run(stage::close);
  }

  @Benchmark
  public PlotData prepareOnePane() {
    return PlotPreparer.prepare(day, width);
  }

  @Benchmark
  public void fxThreadOnePane() throws Exception {
    PlotData data = prepared[round++ & 1][0];
    OnFx.run(() -> charts.get(0).show(data, DAY, Set.of()));
  }

  @Benchmark
  public void fxThreadTwelvePanes() throws Exception {
    PlotData[] frame = prepared[round++ & 1];
    OnFx.run(
        () -> {
          for (int p = 0; p < PANES; p++) {
            charts.get(p).show(frame[p], DAY, Set.of());
          }
        });
  }
}
