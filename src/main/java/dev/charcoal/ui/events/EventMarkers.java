package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Events as vertical lines on a pane's chart: JFreeChart domain markers, so they are drawn with the
 * chart (and in its PNG) and follow its time axis. A new list that equals the shown one changes
 * nothing, so a refresh with the same events costs no extra chart drawing.
 */
final class EventMarkers {
  /** Amber: reads on both themes and differs from graphite's first series colours. */
  static final Color COLOR = new Color(0xf5, 0x9e, 0x0b, 0xe0);

  /** Up to this many events, each marker is labelled with what happened. */
  static final int MAX_LABELLED = 6;

  private static final Color LABEL_COLOR = new Color(0xd9, 0x77, 0x06);
  private static final Color NO_BACKGROUND = new Color(0, 0, 0, 0);
  private static final BasicStroke STROKE = new BasicStroke(1.5f);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private final JFreeChart chart;
  private final XYPlot plot;
  private final List<ValueMarker> markers = new ArrayList<>();
  private List<Event> shown = List.of();

  EventMarkers(JFreeChart chart) {
    this.chart = chart;
    this.plot = (XYPlot) chart.getPlot();
  }

  /** Marks {@code events}, replacing the markers shown. */
  void show(List<Event> events) {
    if (events.equals(shown)) {
      return;
    }
    chart.setNotify(false);
    try {
      for (ValueMarker marker : markers) {
        plot.removeDomainMarker(0, marker, Layer.FOREGROUND, false);
      }
      markers.clear();
      boolean labelled = events.size() <= MAX_LABELLED;
      for (Event event : events) {
        ValueMarker marker = new ValueMarker(event.when() * 1000.0, COLOR, STROKE);
        if (labelled) {
          marker.setLabel(EventText.title(event));
          marker.setLabelFont(LABEL_FONT);
          marker.setLabelPaint(LABEL_COLOR);
          marker.setLabelBackgroundColor(NO_BACKGROUND);
          marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
          marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
          marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        }
        plot.addDomainMarker(0, marker, Layer.FOREGROUND, false);
        markers.add(marker);
      }
    } finally {
      chart.setNotify(true); // one redraw for the lot
    }
    shown = List.copyOf(events);
  }

  /** The events marked now. */
  List<Event> shown() {
    return shown;
  }

  /** The marked events within {@code pixels} of canvas position {@code x} in the data area. */
  List<Event> near(double x, Rectangle2D area, double pixels) {
    List<Event> near = new ArrayList<>();
    for (Event event : shown) {
      double at =
          plot.getDomainAxis().valueToJava2D(event.when() * 1000.0, area, plot.getDomainAxisEdge());
      if (Math.abs(at - x) <= pixels) {
        near.add(event);
      }
    }
    return near;
  }
}
