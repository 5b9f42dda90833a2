package dev.charcoal.ui.tiles;

import java.util.Objects;

/**
 * One tile of a wall, with Tasseo's metric attributes: the render target, the name shown (Tasseo's
 * {@code alias}, the target when blank), the unit appended to the value, the thresholds, and a note
 * shown when the pointer rests on the tile.
 */
public record TileSpec(
    String target, String alias, String unit, Thresholds thresholds, String description) {
  public TileSpec {
    Objects.requireNonNull(target, "target");
    target = target.strip();
    if (target.isEmpty()) {
      throw new IllegalArgumentException("A tile needs a target.");
    }
    alias = alias == null ? "" : alias.strip();
    unit = unit == null ? "" : unit.strip();
    thresholds = thresholds == null ? Thresholds.NONE : thresholds;
    description = description == null ? "" : description.strip();
  }

  /** A tile for {@code target} with nothing else set. */
  public static TileSpec of(String target) {
    return new TileSpec(target, "", "", Thresholds.NONE, "");
  }

  /** What the tile is titled: the alias, else the target. */
  public String title() {
    return alias.isEmpty() ? target : alias;
  }
}
