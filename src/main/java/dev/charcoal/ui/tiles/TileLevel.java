package dev.charcoal.ui.tiles;

/** How a tile looks after its thresholds judged its current value. */
public enum TileLevel {
  NORMAL("tile-normal"),
  WARNING("tile-warning"),
  CRITICAL("tile-critical"),
  /** No value in the period, or the target failed. */
  NO_DATA("tile-no-data");

  private final String styleClass;

  TileLevel(String styleClass) {
    this.styleClass = styleClass;
  }

  /** The CSS class a tile at this level carries (colours come from the theme). */
  public String styleClass() {
    return styleClass;
  }
}
