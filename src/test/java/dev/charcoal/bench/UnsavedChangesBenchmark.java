package dev.charcoal.bench;

import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.dashboard.Dashboard;
import dev.charcoal.ui.dashboard.DashboardCodec;
import dev.charcoal.ui.dashboard.PaneLayout;
import dev.charcoal.ui.tiles.Thresholds;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.TimeRange;
import dev.charcoal.ui.workspace.Layout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What watching for unsaved changes costs. {@code check} is the FX thread's part, run every 250 ms
 * (and before close, open and new): a snapshot of the workspace ({@code panes} panes × 10 targets,
 * two overlays each) with a wall of {@code tiles} tiles, compared field by field with the saved
 * dashboard, equal to the end (the costliest answer: nothing changed). {@code recoveryText} is the
 * background part after a change: the recovery file's JSON.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=UnsavedChangesBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UnsavedChangesBenchmark {
  @Param({"12"})
  public int panes;

  @Param({"200", "1000"})
  public int tiles;

  private Layout layout;
  private List<TileWallSpec> walls;
  private Dashboard saved;

  @Setup
  public void setUp() throws Exception {
    layout = Layout.empty();
    for (int p = 0; p < panes; p++) {
      List<String> targets = new ArrayList<>();
      for (int t = 0; t < 10; t++) {
        targets.add("aliasByNode(servers.web" + p + ".cpu" + t + ".*, 1)");
      }
      PaneModel model = new PaneModel(targets);
      model.addOverlay(targets.get(0), "1d");
      model.addOverlay(targets.get(1), "1w");
      layout = layout.add(model);
    }
    List<TileSpec> specs = new ArrayList<>();
    for (int i = 0; i < tiles; i++) {
      specs.add(
          new TileSpec(
              "servers.web" + i + ".load",
              "web" + i,
              "%",
              new Thresholds(75.0, 90.0, Thresholds.Direction.AUTO),
              ""));
    }
    walls = List.of(new TileWallSpec("Ops", Duration.ofMinutes(5), Duration.ofSeconds(2), specs));
    // built again from the same values: equal, but no list is the same object
    saved = DashboardCodec.read(DashboardCodec.write(snapshot()));
  }

  private Dashboard snapshot() {
    return new Dashboard(
        new TimeRange.Relative(Duration.ofHours(6)),
        true,
        Duration.ofSeconds(10),
        PaneLayout.of(layout),
        walls,
        0);
  }

  @Benchmark
  public boolean check() {
    return snapshot().sameContent(saved);
  }

  @Benchmark
  public String recoveryText() {
    return DashboardCodec.write(snapshot());
  }
}
