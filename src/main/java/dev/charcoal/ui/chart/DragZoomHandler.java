package dev.charcoal.ui.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;

/**
 * Zoom by dragging across a chart: shows the band being selected and, on release, hands the chosen
 * times to the pane, which sets the shared time range (so every pane follows, and "back" undoes
 * it). It replaces JFreeChart's own zoom handler, which would zoom this one chart's axis only.
 */
final class DragZoomHandler extends AbstractMouseHandlerFX {
  /** The handler id JFreeChart's zoom handler has; this one takes its place. */
  static final String ID = "zoom";

  /** A drag narrower than this is a click, not a zoom. */
  static final double MIN_DRAG_PIXELS = 6;

  /** Receives a zoom: the selected times, epoch milliseconds. */
  interface ZoomListener {
    void zoomed(long fromMillis, long untilMillis);
  }

  private final ChartViewer viewer;
  private final PaneChart chart;
  private final ZoomListener listener;
  private Rectangle2D area;
  private double startX;

  DragZoomHandler(ChartViewer viewer, PaneChart chart, ZoomListener listener) {
    super(ID, false, false, false, false);
    this.viewer = viewer;
    this.chart = chart;
    this.listener = listener;
  }

  @Override
  public void handleMousePressed(ChartCanvas canvas, MouseEvent e) {
    area = PaneChart.dataArea(canvas.getRenderingInfo());
    if (area == null || !area.contains(new Point2D.Double(e.getX(), e.getY()))) {
      area = null;
      canvas.clearLiveHandler();
      return;
    }
    startX = e.getX();
  }

  @Override
  public void handleMouseDragged(ChartCanvas canvas, MouseEvent e) {
    if (area == null) {
      return;
    }
    double x = clamp(e.getX());
    viewer.showZoomRectangle(
        Math.min(startX, x), area.getMinY(), Math.abs(x - startX), area.getHeight());
  }

  @Override
  public void handleMouseReleased(ChartCanvas canvas, MouseEvent e) {
    viewer.hideZoomRectangle();
    canvas.clearLiveHandler();
    if (area == null) {
      return;
    }
    double x = clamp(e.getX());
    Rectangle2D dragArea = area;
    area = null;
    if (Math.abs(x - startX) < MIN_DRAG_PIXELS) {
      return;
    }
    long from = Math.round(chart.timeAt(Math.min(startX, x), dragArea));
    long until = Math.round(chart.timeAt(Math.max(startX, x), dragArea));
    if (from < until) {
      listener.zoomed(from, until);
    }
  }

  private double clamp(double x) {
    return Math.max(area.getMinX(), Math.min(area.getMaxX(), x));
  }
}
