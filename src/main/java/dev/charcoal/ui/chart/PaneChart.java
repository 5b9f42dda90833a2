package dev.charcoal.ui.chart;

import dev.charcoal.ui.theme.ChartColors;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The JFreeChart side of a pane: a time axis in the user's zone, a left and a right value axis, one
 * reused {@link PlotDataset} per axis drawn by a {@link SeriesRenderer}. Everything a pane does to
 * its chart goes through here, each change redrawing once. Public for the benchmark, which measures
 * what a refresh costs the FX thread.
 */
public final class PaneChart {
  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private final DateAxis timeAxis;
  private final NumberAxis leftAxis = new NumberAxis();
  private final NumberAxis rightAxis = new NumberAxis();
  private final PlotDataset leftData = new PlotDataset();
  private final PlotDataset rightData = new PlotDataset();
  private final XYPlot plot;
  private final JFreeChart chart;

  public PaneChart(ZoneId zone) {
    timeAxis = new DateAxis(null, TimeZone.getTimeZone(zone), Locale.getDefault());
    timeAxis.setLowerMargin(0);
    timeAxis.setUpperMargin(0);
    for (NumberAxis axis : new NumberAxis[] {leftAxis, rightAxis}) {
      axis.setAutoRangeIncludesZero(false);
      axis.setTickLabelFont(TICK_FONT);
    }
    timeAxis.setTickLabelFont(TICK_FONT);
    rightAxis.setVisible(false);

    plot = new XYPlot();
    plot.setDomainAxis(timeAxis);
    plot.setRangeAxis(LEFT, leftAxis);
    plot.setRangeAxis(RIGHT, rightAxis);
    plot.setDataset(LEFT, leftData);
    plot.setDataset(RIGHT, rightData);
    plot.setRenderer(LEFT, new SeriesRenderer());
    plot.setRenderer(RIGHT, new SeriesRenderer());
    plot.mapDatasetToRangeAxis(LEFT, LEFT);
    plot.mapDatasetToRangeAxis(RIGHT, RIGHT);
    // graphite paints in the order the series come, stacked areas first; JFreeChart's default is
    // the reverse.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlineStroke(new BasicStroke(0.5f));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));

    chart = new JFreeChart(null, null, plot, false);
    chart.setPadding(new RectangleInsets(6, 4, 2, 8));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** The chart, for a {@link org.jfree.chart.fx.ChartViewer}. */
  public JFreeChart chart() {
    return chart;
  }

  /** Shows new data over {@code window}; series whose key is in {@code hidden} stay hidden. */
  public void show(PlotData data, TimeWindow window, Set<String> hidden) {
    chart.setNotify(false);
    try {
      timeAxis.setRange(window.from().toEpochMilli(), window.until().toEpochMilli());
      leftData.setSeries(data.left(), hidden);
      rightData.setSeries(data.right(), hidden);
      rightAxis.setVisible(!data.right().isEmpty());
      // Areas are filled from zero: keep zero on their axis, as graphite does.
      leftAxis.setAutoRangeIncludesZero(hasArea(data.left()));
      rightAxis.setAutoRangeIncludesZero(hasArea(data.right()));
    } finally {
      chart.setNotify(true);
    }
  }

  /** Shows or hides the series with {@code key}. */
  void setVisible(String key, boolean visible) {
    chart.setNotify(false);
    try {
      leftData.setVisible(key, visible);
      rightData.setVisible(key, visible);
    } finally {
      chart.setNotify(true);
    }
  }

  /** Paints the chart in a theme's colours. */
  void applyColors(ChartColors colors) {
    chart.setNotify(false);
    try {
      chart.setBackgroundPaint(colors.background());
      plot.setBackgroundPaint(colors.background());
      plot.setDomainGridlinePaint(colors.grid());
      plot.setRangeGridlinePaint(colors.grid());
      for (ValueAxis axis : new ValueAxis[] {timeAxis, leftAxis, rightAxis}) {
        axis.setAxisLinePaint(colors.axisLine());
        axis.setTickMarkPaint(colors.axisLine());
        axis.setTickLabelPaint(colors.text());
      }
    } finally {
      chart.setNotify(true);
    }
  }

  /** The plot's data area at the last drawing, or null before the first. */
  static Rectangle2D dataArea(ChartRenderingInfo info) {
    if (info == null || info.getPlotInfo() == null) {
      return null;
    }
    Rectangle2D area = info.getPlotInfo().getDataArea();
    return area == null || area.isEmpty() ? null : area;
  }

  /** The time (epoch ms) at horizontal canvas position {@code x} in {@code area}. */
  double timeAt(double x, Rectangle2D area) {
    return timeAxis.java2DToValue(x, area, RectangleEdge.BOTTOM);
  }

  /** The horizontal canvas position of time {@code millis} in {@code area}. */
  double xAt(double millis, Rectangle2D area) {
    return timeAxis.valueToJava2D(millis, area, RectangleEdge.BOTTOM);
  }

  /** The series drawn now, left axis first. */
  List<PlotSeries> shown() {
    List<PlotSeries> all = new ArrayList<>(leftData.series());
    all.addAll(rightData.series());
    return all;
  }

  private static boolean hasArea(List<PlotSeries> series) {
    return series.stream().anyMatch(s -> s.style().kind() == SeriesStyle.Kind.AREA);
  }
}
