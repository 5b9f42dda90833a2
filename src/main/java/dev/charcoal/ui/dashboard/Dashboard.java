package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.TimeRange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a dashboard file keeps: the shared time range and its auto-refresh, the chart panes'
 * layout with their targets (graph options such as {@code secondYAxis} or {@code stacked} live in
 * the targets, as in graphite), the tile walls, and which view was shown. The format is in {@code
 * docs/format/dashboard.md}.
 *
 * @param view the view shown: 0 the charts, 1 the first wall, …
 */
public record Dashboard(
    TimeRange time,
    boolean autoRefresh,
    Duration refreshInterval,
    PaneLayout layout,
    List<TileWallSpec> walls,
    int view) {
  public Dashboard {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    Objects.requireNonNull(layout, "layout");
    walls = List.copyOf(walls);
    if (view < 0 || view > walls.size()) {
      view = 0;
    }
  }

  /** The same dashboard showing view {@code newView}. */
  public Dashboard withView(int newView) {
    return new Dashboard(time, autoRefresh, refreshInterval, layout, walls, newView);
  }

  /**
   * Whether {@code other} holds the same panes, targets, overlays, time range, refresh and walls:
   * which view is shown is not a change worth saving (looking at a wall is not editing it).
   */
  public boolean sameContent(Dashboard other) {
    return other != null && withView(0).equals(other.withView(0));
  }
}
