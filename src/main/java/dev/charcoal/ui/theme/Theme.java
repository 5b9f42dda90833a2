package dev.charcoal.ui.theme;

import java.awt.Color;
import java.util.Objects;

/**
 * The light and dark looks: a stylesheet for the JavaFX controls (its looked-up colours drive
 * {@code charcoal.css}) and the matching colours for the charts, which JFreeChart paints itself.
 */
public enum Theme {
  LIGHT(
      "light.css",
      new ChartColors(
          new Color(0xff, 0xff, 0xff),
          new Color(0xe4, 0xe4, 0xe7),
          new Color(0x71, 0x71, 0x7a),
          new Color(0x3f, 0x3f, 0x46))),
  DARK(
      "dark.css",
      new ChartColors(
          new Color(0x18, 0x18, 0x1b),
          new Color(0x3f, 0x3f, 0x46),
          new Color(0x71, 0x71, 0x7a),
          new Color(0xd4, 0xd4, 0xd8)));

  /** The stylesheet every theme shares (layout, sizes); the theme's own one only sets colours. */
  public static final String BASE_STYLESHEET = "charcoal.css";

  private final String stylesheet;
  private final ChartColors chartColors;

  Theme(String stylesheet, ChartColors chartColors) {
    this.stylesheet = stylesheet;
    this.chartColors = chartColors;
  }

  /** The URL of the base stylesheet. */
  public static String baseStylesheetUrl() {
    return url(BASE_STYLESHEET);
  }

  /** The URL of this theme's colour stylesheet. */
  public String stylesheetUrl() {
    return url(stylesheet);
  }

  /** The colours charts are painted in. */
  public ChartColors chartColors() {
    return chartColors;
  }

  /** The other theme. */
  public Theme toggled() {
    return this == LIGHT ? DARK : LIGHT;
  }

  private static String url(String name) {
    return Objects.requireNonNull(Theme.class.getResource("/dev/charcoal/ui/" + name), name)
        .toExternalForm();
  }
}
