package dev.charcoal.ui.tiles;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A tile's small chart: the period's values as a filled area from the bottom edge, scaled between
 * their own minimum and maximum (Rickshaw's {@code scale} mode, so a value that moves little still
 * shows its shape), gaps left empty. Drawn on a canvas because two hundred tiles redraw every two
 * seconds and a canvas costs no scene-graph nodes.
 */
final class Sparkline extends Canvas {
  /** How opaque the area under the line is. */
  private static final double FILL_OPACITY = 0.28;

  private static final double LINE_WIDTH = 1.5;

  /** Keeps the line off the top edge. */
  private static final double TOP_MARGIN = 3;

  Sparkline(double width, double height) {
    super(width, height);
    setMouseTransparent(true);
  }

  /** Draws {@code reading} in {@code color}; an empty reading clears the canvas. */
  void draw(TileReading reading, Color color) {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    // clearing the whole canvas also drops the earlier drawing commands JavaFX keeps
    g.clearRect(0, 0, w, h);
    double[] values = reading.spark();
    if (values.length == 0 || Double.isNaN(reading.min())) {
      return;
    }
    double min = reading.min();
    double range = reading.max() - min;
    double usable = h - TOP_MARGIN;
    double dx = values.length > 1 ? w / (values.length - 1) : w;
    g.setFill(color.deriveColor(0, 1, 1, FILL_OPACITY));
    g.setStroke(color);
    g.setLineWidth(LINE_WIDTH);
    int i = 0;
    while (i < values.length) {
      if (!Double.isFinite(values[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < values.length && Double.isFinite(values[i])) {
        i++;
      }
      drawRun(g, values, start, i, dx, h, usable, min, range);
    }
  }

  /** One run of present values, {@code [from, to)}: the area, then its top line. */
  private static void drawRun(
      GraphicsContext g,
      double[] values,
      int from,
      int to,
      double dx,
      double h,
      double usable,
      double min,
      double range) {
    int n = to - from;
    boolean single = n == 1; // one lone value: a short flat stroke so it shows
    double[] xs = new double[single ? 4 : n + 2];
    double[] ys = new double[xs.length];
    int k = 0;
    for (int j = from; j < to; j++) {
      double y = range > 0 ? h - (values[j] - min) / range * usable : h - usable / 2;
      xs[k] = j * dx;
      ys[k++] = y;
      if (single) {
        xs[k] = j * dx + Math.max(2, dx);
        ys[k++] = y;
      }
    }
    int top = k;
    xs[k] = xs[top - 1];
    ys[k++] = h;
    xs[k] = xs[0];
    ys[k] = h;
    g.fillPolygon(xs, ys, xs.length);
    g.strokePolyline(xs, ys, top);
  }
}
