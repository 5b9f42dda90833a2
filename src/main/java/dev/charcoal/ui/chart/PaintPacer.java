package dev.charcoal.ui.chart;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * Spreads chart repaints over frames, so that a refresh of many panes never stalls the FX thread:
 * each frame paints pending charts until about {@link #POINTS_PER_FRAME} points were drawn (always
 * at least one chart), and the rest wait for the next frames. A chart with a newer update waiting
 * drops the older one. JFreeChart's drawing is the FX thread's main cost and grows with the points
 * drawn, so points are the measure (see ChartPaneBenchmark for the figures).
 *
 * <p>Updates within budget run at once, so a single pane (and every test with a few points) paints
 * synchronously. Used on the FX thread only.
 */
public final class PaintPacer {
  /** The points one frame may draw: about 20–30 ms of JFreeChart drawing on the test machine. */
  public static final long POINTS_PER_FRAME = 16_000;

  private final long budget;
  private final Map<Object, Update> waiting = new LinkedHashMap<>();
  private final AnimationTimer frames =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          frame();
        }
      };
  private long spent;
  private boolean running;

  private record Update(long points, Runnable paint) {}

  public PaintPacer() {
    this(POINTS_PER_FRAME);
  }

  PaintPacer(long budget) {
    this.budget = budget;
  }

  /**
   * Paints {@code paint} for {@code owner} (a chart) now if this frame's budget allows, else in a
   * later frame, replacing an update of the same owner that still waits.
   */
  public void submit(Object owner, long points, Runnable paint) {
    if (!running) {
      spent = 0; // no frame is being paced: this is a fresh one
    }
    if (waiting.isEmpty() && fits(points)) {
      spent += points;
      paint.run();
    } else {
      waiting.remove(owner);
      waiting.put(owner, new Update(points, paint));
    }
    start();
  }

  /** How many updates wait for a later frame. */
  int waiting() {
    return waiting.size();
  }

  /** A new frame: the budget starts over and waiting updates are painted within it. */
  void frame() {
    spent = 0;
    Iterator<Update> it = waiting.values().iterator();
    while (it.hasNext()) {
      Update next = it.next();
      if (!fits(next.points())) {
        break;
      }
      it.remove();
      spent += next.points();
      next.paint().run();
    }
    if (waiting.isEmpty() && spent == 0) {
      frames.stop(); // idle: no timer ticking for nothing
      running = false;
    }
  }

  private boolean fits(long points) {
    return spent == 0 || spent + points <= budget;
  }

  private void start() {
    if (!running) {
      running = true;
      frames.start();
    }
  }
}
