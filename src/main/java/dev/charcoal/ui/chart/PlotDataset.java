package dev.charcoal.ui.chart;

import java.util.List;
import java.util.Set;
import org.jfree.data.DomainOrder;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The series of one Y axis of a pane, as JFreeChart reads them: a thin view over the prepared
 * arrays (no object per point), replaced whole on each refresh with one change event, so that a
 * pane reuses one dataset for its life.
 */
final class PlotDataset extends AbstractXYDataset {
  private static final long serialVersionUID = 1L;

  private List<PlotSeries> series = List.of();
  private boolean[] visible = new boolean[0];

  /** Replaces every series; those whose key is in {@code hidden} start hidden. */
  void setSeries(List<PlotSeries> newSeries, Set<String> hidden) {
    series = List.copyOf(newSeries);
    visible = new boolean[series.size()];
    for (int i = 0; i < visible.length; i++) {
      visible[i] = !hidden.contains(series.get(i).key());
    }
    fireDatasetChanged();
  }

  /** Shows or hides the series with {@code key}; returns whether one was found. */
  boolean setVisible(String key, boolean show) {
    boolean found = false;
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).key().equals(key)) {
        visible[i] = show;
        found = true;
      }
    }
    if (found) {
      fireDatasetChanged();
    }
    return found;
  }

  PlotSeries series(int index) {
    return series.get(index);
  }

  List<PlotSeries> series() {
    return series;
  }

  boolean isVisible(int index) {
    return visible[index];
  }

  /** The value range of the visible series, or null when there is none. */
  Range rangeBounds() {
    double min = Double.NaN;
    double max = Double.NaN;
    for (int i = 0; i < series.size(); i++) {
      PlotSeries s = series.get(i);
      if (visible[i] && !Double.isNaN(s.min())) {
        min = Double.isNaN(min) ? s.min() : Math.min(min, s.min());
        max = Double.isNaN(max) ? s.max() : Math.max(max, s.max());
      }
    }
    return Double.isNaN(min) ? null : new Range(min, max);
  }

  @Override
  public int getSeriesCount() {
    return series.size();
  }

  @Override
  public Comparable<?> getSeriesKey(int index) {
    return series.get(index).key();
  }

  @Override
  public DomainOrder getDomainOrder() {
    return DomainOrder.ASCENDING;
  }

  @Override
  public int getItemCount(int index) {
    return series.get(index).size();
  }

  @Override
  public double getXValue(int index, int item) {
    return series.get(index).timeAt(item);
  }

  @Override
  public Number getX(int index, int item) {
    return getXValue(index, item);
  }

  @Override
  public double getYValue(int index, int item) {
    return series.get(index).values()[item];
  }

  @Override
  public Number getY(int index, int item) {
    return getYValue(index, item);
  }
}
