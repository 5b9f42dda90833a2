package dev.charcoal.ui.theme;

import java.awt.Color;

/**
 * What JFreeChart paints in a theme's colours.
 *
 * @param background behind the plot and the axes
 * @param grid the grid lines
 * @param axisLine the axis lines and tick marks
 * @param text the tick labels
 */
public record ChartColors(Color background, Color grid, Color axisLine, Color text) {}
