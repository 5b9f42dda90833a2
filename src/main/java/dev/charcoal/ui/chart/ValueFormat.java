package dev.charcoal.ui.chart;

import java.util.Locale;

/** Values as the legend shows them: short, with an SI prefix past a thousand. */
public final class ValueFormat {
  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P"};
  private static final double THOUSAND = 1000;

  private ValueFormat() {}

  /** {@code 12}, {@code 0.125}, {@code 12.35k}, {@code -3.2M}; a dash for a missing value. */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    double abs = Math.abs(value);
    int prefix = 0;
    while (abs >= THOUSAND && prefix < PREFIXES.length - 1) {
      abs /= THOUSAND;
      prefix++;
    }
    double scaled = Math.copySign(abs, value);
    String number;
    if (prefix == 0 && scaled == Math.rint(scaled)) {
      number = String.format(Locale.ROOT, "%.0f", scaled);
    } else if (abs >= 100) {
      number = String.format(Locale.ROOT, "%.1f", scaled);
    } else if (abs >= 1 || prefix > 0) {
      number = String.format(Locale.ROOT, "%.2f", scaled);
    } else {
      number = String.format(Locale.ROOT, "%.4g", scaled);
    }
    return number + PREFIXES[prefix];
  }
}
