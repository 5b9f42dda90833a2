package dev.charcoal.ui.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * How one series is drawn, read from graphite's series options.
 *
 * @param color the line (and fill) colour, alpha included
 * @param lineWidth in pixels ({@code lineWidth(x, 3)}); graphite's default is 1.2
 * @param dash the dash length in pixels ({@code dashed(x)} gives 5), 0 for solid
 * @param kind line, filled area or vertical lines
 * @param invisible drawn in no colour but still part of the stack ({@code areaBetween}'s lower)
 * @param secondAxis on the right-hand Y axis ({@code secondYAxis})
 */
public record SeriesStyle(
    Color color, float lineWidth, float dash, Kind kind, boolean invisible, boolean secondAxis) {

  /** What kind of mark a series makes. */
  public enum Kind {
    /** A line, broken where values are missing. */
    LINE,
    /** A filled area from the series below in its stack (or zero) up to its values. */
    AREA,
    /** A full-height vertical line at every positive value ({@code drawAsInfinite}). */
    INFINITE
  }

  public SeriesStyle {
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(kind, "kind");
  }
}
