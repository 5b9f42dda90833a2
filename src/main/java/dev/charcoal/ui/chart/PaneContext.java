package dev.charcoal.ui.chart;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import java.time.ZoneId;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;

/**
 * What every chart pane of a window shares.
 *
 * @param cursor the crosshair time, epoch ms, NaN when the mouse is over no chart
 * @param pacer spreads the panes' repaints over frames
 */
public record PaneContext(
    Backend backend,
    BackgroundTasks tasks,
    ZoneId zone,
    DoubleProperty cursor,
    ObservableValue<Theme> theme,
    PaintPacer pacer) {}
