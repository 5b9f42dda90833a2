package dev.charcoal.ui.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Series colours as graphite-web's renderer names them ({@code glyph.py}'s {@code colorAliases})
 * and its default line colour list, so that {@code color(x,'red')} and the n-th series look the
 * same as in graphite's PNGs.
 */
public final class GraphiteColors {
  private static final Map<String, Color> ALIASES =
      Map.ofEntries(
          Map.entry("black", new Color(0, 0, 0)),
          Map.entry("white", new Color(255, 255, 255)),
          Map.entry("blue", new Color(100, 100, 255)),
          Map.entry("green", new Color(0, 200, 0)),
          Map.entry("red", new Color(200, 0, 50)),
          Map.entry("yellow", new Color(255, 255, 0)),
          Map.entry("orange", new Color(255, 165, 0)),
          Map.entry("purple", new Color(200, 100, 255)),
          Map.entry("brown", new Color(150, 100, 50)),
          Map.entry("cyan", new Color(0, 255, 255)),
          Map.entry("aqua", new Color(0, 150, 150)),
          Map.entry("gray", new Color(175, 175, 175)),
          Map.entry("grey", new Color(175, 175, 175)),
          Map.entry("magenta", new Color(255, 0, 255)),
          Map.entry("pink", new Color(255, 100, 100)),
          Map.entry("gold", new Color(200, 200, 0)),
          Map.entry("rose", new Color(200, 150, 200)),
          Map.entry("darkblue", new Color(0, 0, 255)),
          Map.entry("darkgreen", new Color(0, 255, 0)),
          Map.entry("darkred", new Color(255, 0, 0)),
          Map.entry("darkgray", new Color(111, 111, 111)),
          Map.entry("darkgrey", new Color(111, 111, 111)));

  /** graphite's default {@code linecolors}, given to series in order. */
  public static final List<String> DEFAULT_LINE_COLORS =
      List.of(
          "blue", "green", "red", "purple", "brown", "yellow", "aqua", "grey", "magenta", "pink",
          "gold", "rose");

  private GraphiteColors() {}

  /**
   * A colour as graphite reads it: an alias ({@code red}, {@code darkgrey}…) or hex {@code RRGGBB}
   * / {@code RRGGBBAA}, with or without a leading {@code #}. Empty for anything else.
   */
  public static Optional<Color> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toLowerCase(Locale.ROOT);
    Color alias = ALIASES.get(name);
    if (alias != null) {
      return Optional.of(alias);
    }
    String hex = name.startsWith("#") ? name.substring(1) : name;
    if ((hex.length() != 6 && hex.length() != 8) || !hex.chars().allMatch(GraphiteColors::isHex)) {
      return Optional.empty();
    }
    int r = Integer.parseInt(hex.substring(0, 2), 16);
    int g = Integer.parseInt(hex.substring(2, 4), 16);
    int b = Integer.parseInt(hex.substring(4, 6), 16);
    int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
    return Optional.of(new Color(r, g, b, a));
  }

  /** The default colour of the {@code index}-th series (the list repeats). */
  public static Color defaultColor(int index) {
    return ALIASES.get(DEFAULT_LINE_COLORS.get(Math.floorMod(index, DEFAULT_LINE_COLORS.size())));
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
