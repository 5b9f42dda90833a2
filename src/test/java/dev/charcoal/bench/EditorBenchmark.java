package dev.charcoal.bench;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.ui.chart.PaneChart;
import dev.charcoal.ui.chart.PlotData;
import dev.charcoal.ui.chart.PlotPreparer;
import dev.charcoal.ui.editor.ExpressionField;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
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
 * What the expression editor and the event markers cost the FX thread. {@code keystroke}: one
 * character typed into a target of {@code length} characters: the parse that checks it, the syntax
 * runs made again, the error underline, the layout that lays them over the field. {@code
 * paneWithEvents}: one pane's refresh (10 series, 640 px wide) with {@code events} markers on its
 * chart, drawn by JFreeChart. Monocle headless, software pipeline, as the tests run.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=EditorBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Dglass.platform=Monocle",
      "-Dmonocle.platform=Headless",
      "-Dprism.order=sw",
      "-Djava.awt.headless=true",
      "-Dheadless.geometry=1280x800-32"
    })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EditorBenchmark {
  /** One field in a window, and a target of about {@code length} characters. */
  @State(Scope.Benchmark)
  public static class Typing {
    @Param({"80", "2000"})
    public int length;

    ExpressionField field;
    String target;
    int round;
    private Stage stage;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      StringBuilder text = new StringBuilder("sumSeries(");
      int n = 0;
      while (text.length() < length - 40) {
        text.append(n == 0 ? "" : ", ")
            .append("scale(servers.web")
            .append(n++)
            .append(".cpu.user, 1.5)");
      }
      // left open: what is being typed mostly does not parse yet
      target = text.append(", movingAverage(a.b.c, '5min'").toString();
      startFx();
      OnFx.run(
          () -> {
            field = new ExpressionField();
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(field), 600, 40));
            stage.show();
          });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      OnFx.run(stage::close);
    }
  }

  /** A pane's chart with its series prepared and {@code events} markers. */
  @State(Scope.Benchmark)
  public static class Markers {
    static final int SERIES = 10;
    static final int POINTS = 8_640;
    static final long STEP = 10;
    static final Instant UNTIL = Instant.parse("2026-11-20T12:00:00Z");
    static final TimeWindow DAY = new TimeWindow(UNTIL.minusSeconds(POINTS * STEP), UNTIL);

    /** None, some, and as many as a pane draws (PaneEvents.MAX_MARKERS). */
    @Param({"0", "50", "200"})
    public int events;

    PaneChart chart;
    PlotData[] data = new PlotData[2];
    int round;
    private Stage stage;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      List<TimeSeries> day = new ArrayList<>();
      for (int s = 0; s < SERIES; s++) {
        double[] values = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
          values[i] = 50 + 40 * Math.sin(i / 300.0 + s) + (i * 7919 % 13);
        }
        long start = DAY.fromSecond();
        day.add(TimeSeries.of("s" + s, "s" + s, start, start + POINTS * STEP, STEP, values, 0));
      }
      data[0] = PlotPreparer.prepare(day, 640);
      data[1] = PlotPreparer.prepare(day.subList(1, SERIES), 640);
      startFx();
      OnFx.run(
          () -> {
            chart = new PaneChart(ZoneOffset.UTC);
            XYPlot plot = (XYPlot) chart.chart().getPlot();
            for (int e = 0; e < events; e++) {
              // as the event markers draw them: an amber line, no label past a few
              long at = DAY.fromSecond() + (e * 7919L % (POINTS * STEP));
              plot.addDomainMarker(
                  0,
                  new ValueMarker(at * 1000.0, new Color(0xf5, 0x9e, 0x0b), new BasicStroke(1.5f)),
                  Layer.FOREGROUND,
                  false);
            }
            ChartViewer viewer = new ChartViewer(chart.chart());
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(viewer), 640, 400));
            stage.show();
          });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      OnFx.run(stage::close);
    }
  }

  @Benchmark
  public void keystroke(Typing typing) throws Exception {
    // type one character, or take it away again, so that every round changes the text
    String text = (typing.round++ & 1) == 0 ? typing.target + "x" : typing.target;
    OnFx.run(
        () -> {
          typing.field.input().setText(text);
          int position;
          try {
            TargetParser.parse(text);
            position = -1;
          } catch (TargetParseException e) {
            position = e.position();
          }
          typing.field.setError(position);
          typing.field.applyCss();
          typing.field.layout();
        });
  }

  @Benchmark
  public void paneWithEvents(Markers markers) throws Exception {
    PlotData data = markers.data[markers.round++ & 1];
    OnFx.run(() -> markers.chart.show(data, Markers.DAY, Set.of()));
  }

  private static void startFx() throws Exception {
    CompletableFuture<Void> started = new CompletableFuture<>();
    try {
      Platform.startup(() -> started.complete(null));
    } catch (IllegalStateException alreadyRunning) {
      started.complete(null);
    }
    started.get();
  }
}
