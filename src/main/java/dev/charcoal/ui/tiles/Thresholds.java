package dev.charcoal.ui.tiles;

import java.util.Locale;

/**
 * A tile's warning and critical thresholds and which way they point.
 *
 * <p>Tasseo decides the direction by {@code critical > warning} alone, so a lone threshold (or two
 * equal ones) silently takes its inverted branch: {@code warning: 100} turns values <em>below</em>
 * 100 yellow. Here the direction is explicit: {@link Direction#AUTO} inverts only when both
 * thresholds are set and critical is below warning, as Tasseo's README promises; otherwise higher
 * is worse. {@link Direction#ABOVE} and {@link Direction#BELOW} force a direction, which a lone
 * threshold needs to mean "too low".
 *
 * @param warning the warning threshold, or null for none
 * @param critical the critical threshold, or null for none
 */
public record Thresholds(Double warning, Double critical, Direction direction) {
  /** No thresholds: every value is {@link TileLevel#NORMAL}. */
  public static final Thresholds NONE = new Thresholds(null, null, Direction.AUTO);

  /** Which values are bad. */
  public enum Direction {
    /** Below when critical is below warning, else above. */
    AUTO,
    /** Values at or above a threshold cross it. */
    ABOVE,
    /** Values at or below a threshold cross it. */
    BELOW;

    /** The lower-case name the dashboard format uses. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named {@code key} ({@code auto}, {@code above}, {@code below}). */
    public static Direction ofKey(String key) {
      for (Direction d : values()) {
        if (d.key().equals(key)) {
          return d;
        }
      }
      throw new IllegalArgumentException(
          "direction must be auto, above or below, not '" + key + "'");
    }
  }

  public Thresholds {
    if (direction == null) {
      direction = Direction.AUTO;
    }
    if (warning != null && !Double.isFinite(warning)) {
      throw new IllegalArgumentException("warning must be a finite number");
    }
    if (critical != null && !Double.isFinite(critical)) {
      throw new IllegalArgumentException("critical must be a finite number");
    }
  }

  /** The direction in force: {@link Direction#AUTO} resolved. */
  public Direction effectiveDirection() {
    if (direction != Direction.AUTO) {
      return direction;
    }
    return warning != null && critical != null && critical < warning
        ? Direction.BELOW
        : Direction.ABOVE;
  }

  /** The level of {@code value}; NaN (no value) is {@link TileLevel#NO_DATA}. */
  public TileLevel classify(double value) {
    if (Double.isNaN(value)) {
      return TileLevel.NO_DATA;
    }
    boolean below = effectiveDirection() == Direction.BELOW;
    if (crosses(critical, value, below)) {
      return TileLevel.CRITICAL;
    }
    if (crosses(warning, value, below)) {
      return TileLevel.WARNING;
    }
    return TileLevel.NORMAL;
  }

  /** In words, for the tile's tooltip and the editor: {@code critical ≥ 90, warning ≥ 75}. */
  public String describe() {
    if (warning == null && critical == null) {
      return "no thresholds";
    }
    String op = effectiveDirection() == Direction.BELOW ? " ≤ " : " ≥ ";
    StringBuilder text = new StringBuilder();
    if (critical != null) {
      text.append("critical").append(op).append(number(critical));
    }
    if (warning != null) {
      text.append(text.isEmpty() ? "" : ", ").append("warning").append(op).append(number(warning));
    }
    return text.toString();
  }

  private static boolean crosses(Double threshold, double value, boolean below) {
    return threshold != null && (below ? value <= threshold : value >= threshold);
  }

  /** A threshold as people write it: {@code 90}, {@code 0.5}. */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
