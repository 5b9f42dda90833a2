package dev.charcoal.ui.chart;

import java.util.List;

/**
 * A pane's series ready to draw, split by Y axis, each axis in drawing order (stacked areas first,
 * as graphite draws them, then lines).
 *
 * @param left the series on the left axis
 * @param right the series on the right axis ({@code secondYAxis}); empty hides that axis
 * @param legend every visible series in the order the targets gave them
 */
public record PlotData(List<PlotSeries> left, List<PlotSeries> right, List<PlotSeries> legend) {
  /** Nothing to draw. */
  public static final PlotData EMPTY = new PlotData(List.of(), List.of(), List.of());

  public PlotData {
    left = List.copyOf(left);
    right = List.copyOf(right);
    legend = List.copyOf(legend);
  }

  /** The number of points over all series. */
  public long points() {
    return left.stream().mapToLong(PlotSeries::size).sum()
        + right.stream().mapToLong(PlotSeries::size).sum();
  }
}
