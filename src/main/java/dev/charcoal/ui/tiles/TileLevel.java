package dev.charcoal.ui.tiles;

import javafx.css.PseudoClass;

/** How a tile looks after its thresholds judged its current value. */
public enum TileLevel {
  NORMAL("normal"),
  WARNING("warning"),
  CRITICAL("critical"),
  /** No value in the period, or the target failed. */
  NO_DATA("no-data");

  private final PseudoClass pseudoClass;

  TileLevel(String name) {
    this.pseudoClass = PseudoClass.getPseudoClass(name);
  }

  /**
   * The CSS pseudo-class a tile at this level has ({@code .tile:critical}); colours come from the
   * theme. A pseudo-class, not a style class: JavaFX re-evaluates only the styles that depend on
   * it, where a style class change re-matches every rule for the tile and its children (the
   * difference is most of a 200-tile refresh, see TileWallBenchmark).
   */
  public PseudoClass pseudoClass() {
    return pseudoClass;
  }
}
