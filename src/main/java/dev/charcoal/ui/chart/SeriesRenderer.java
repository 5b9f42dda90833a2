package dev.charcoal.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a {@link PlotDataset} a whole series at a time, the way graphite's renderer does: a line
 * broken at every missing value, stacked areas filled between the series below and the values,
 * {@code drawAsInfinite} as full-height lines. One path per series instead of JFreeChart's one
 * shape per item keeps a refresh of many panes cheap on the FX thread. It makes no chart entities
 * (the legend shows values, not tooltips).
 *
 * <p>A value alone between two gaps is drawn as a dot; graphite draws nothing there, which hides
 * sparse metrics.
 */
final class SeriesRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  /** The fill of an opaque stacked area, so that the grid and the lines show through. */
  static final int AREA_FILL_ALPHA = 180;

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    if (item != state.getFirstItemIndex() || !(dataset instanceof PlotDataset data)) {
      return;
    }
    if (!data.isVisible(series)) {
      return;
    }
    PlotSeries s = data.series(series);
    if (s.style().invisible()) {
      return;
    }
    Points points =
        new Points(
            s, domainAxis, rangeAxis, dataArea, plot.getDomainAxisEdge(), edge(plot, rangeAxis));
    int first = state.getFirstItemIndex();
    int last = state.getLastItemIndex();
    g2.setStroke(stroke(s.style()));
    switch (s.style().kind()) {
      case LINE -> drawLine(g2, s, points, first, last);
      case AREA -> drawArea(g2, s, points, first, last);
      case INFINITE -> drawInfinite(g2, s, points, dataArea, first, last);
    }
  }

  @Override
  public Range findRangeBounds(XYDataset dataset) {
    return dataset instanceof PlotDataset data
        ? data.rangeBounds()
        : super.findRangeBounds(dataset);
  }

  private static RectangleEdge edge(XYPlot plot, ValueAxis rangeAxis) {
    int index = plot.getRangeAxisIndex(rangeAxis);
    return plot.getRangeAxisEdge(Math.max(index, 0));
  }

  /** Data to screen coordinates for one series. */
  private record Points(
      PlotSeries series,
      ValueAxis x,
      ValueAxis y,
      Rectangle2D area,
      RectangleEdge xEdge,
      RectangleEdge yEdge) {
    double x(int i) {
      return x.valueToJava2D(series.timeAt(i), area, xEdge);
    }

    double y(double value) {
      return y.valueToJava2D(value, area, yEdge);
    }
  }

  private static void drawLine(Graphics2D g2, PlotSeries s, Points p, int first, int last) {
    double[] values = s.values();
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, last - first + 1);
    boolean pen = false;
    g2.setPaint(s.style().color());
    for (int i = first; i <= last; i++) {
      if (Double.isNaN(values[i])) {
        pen = false;
        continue;
      }
      double x = p.x(i);
      double y = p.y(values[i]);
      if (pen) {
        path.lineTo(x, y);
      } else {
        path.moveTo(x, y);
        if (i == last || Double.isNaN(values[i + 1])) {
          dot(g2, x, y, s.style().lineWidth()); // a value alone between gaps
        }
      }
      pen = true;
    }
    g2.draw(path);
  }

  private static void drawArea(Graphics2D g2, PlotSeries s, Points p, int first, int last) {
    double[] values = s.values();
    double[] base = s.base();
    Color line = s.style().color();
    Color fill =
        line.getAlpha() == 255
            ? new Color(line.getRed(), line.getGreen(), line.getBlue(), AREA_FILL_ALPHA)
            : line;
    int i = first;
    while (i <= last) {
      while (i <= last && Double.isNaN(values[i])) {
        i++;
      }
      int runStart = i;
      while (i <= last && !Double.isNaN(values[i])) {
        i++;
      }
      int runEnd = i - 1;
      if (runStart > runEnd) {
        break;
      }
      Path2D.Double top = new Path2D.Double();
      Path2D.Double shape = new Path2D.Double();
      for (int j = runStart; j <= runEnd; j++) {
        double x = p.x(j);
        double y = p.y(values[j]);
        if (j == runStart) {
          top.moveTo(x, y);
          shape.moveTo(x, y);
        } else {
          top.lineTo(x, y);
          shape.lineTo(x, y);
        }
      }
      for (int j = runEnd; j >= runStart; j--) {
        shape.lineTo(p.x(j), p.y(base[j]));
      }
      shape.closePath();
      g2.setPaint(fill);
      g2.fill(shape);
      g2.setPaint(line);
      g2.draw(top);
    }
  }

  private static void drawInfinite(
      Graphics2D g2, PlotSeries s, Points p, Rectangle2D area, int first, int last) {
    double[] values = s.values();
    g2.setPaint(s.style().color());
    Line2D.Double line = new Line2D.Double();
    for (int i = first; i <= last; i++) {
      if (values[i] > 0) {
        double x = p.x(i);
        line.setLine(x, area.getMinY(), x, area.getMaxY());
        g2.draw(line);
      }
    }
  }

  private static void dot(Graphics2D g2, double x, double y, float lineWidth) {
    double r = Math.max(1.5, lineWidth);
    g2.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
  }

  private static Stroke stroke(SeriesStyle style) {
    float[] dash = style.dash() > 0 ? new float[] {style.dash(), style.dash()} : null;
    return new BasicStroke(
        style.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
