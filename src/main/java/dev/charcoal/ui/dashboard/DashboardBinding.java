package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.tiles.TileWall;
import dev.charcoal.ui.tiles.ViewTabs;
import dev.charcoal.ui.time.AutoRefresh;
import dev.charcoal.ui.time.TimeRangeModel;
import dev.charcoal.ui.workspace.Workspace;
import java.util.Objects;

/** Reads a {@link Dashboard} off the window's parts and puts one onto them. FX thread. */
public final class DashboardBinding {
  private final Workspace workspace;
  private final TimeRangeModel time;
  private final AutoRefresh autoRefresh;
  private final ViewTabs views;

  public DashboardBinding(
      Workspace workspace, TimeRangeModel time, AutoRefresh autoRefresh, ViewTabs views) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.time = Objects.requireNonNull(time, "time");
    this.autoRefresh = Objects.requireNonNull(autoRefresh, "autoRefresh");
    this.views = Objects.requireNonNull(views, "views");
  }

  /** What the window shows now. */
  public Dashboard capture() {
    return new Dashboard(
        time.range().get(),
        autoRefresh.enabled().get(),
        autoRefresh.interval().get(),
        PaneLayout.of(workspace.layoutProperty().get()),
        views.walls().stream().map(TileWall::spec).toList(),
        views.selectedView());
  }

  /** Shows {@code dashboard}: its panes, walls, time range and refresh replace the current ones. */
  public void apply(Dashboard dashboard) {
    views.setWalls(dashboard.walls());
    workspace.replaceLayout(dashboard.layout().toLayout());
    autoRefresh.interval().set(dashboard.refreshInterval());
    autoRefresh.enabled().set(dashboard.autoRefresh());
    time.set(dashboard.time());
    views.selectView(dashboard.view());
  }
}
