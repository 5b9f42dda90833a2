package dev.charcoal.query.function.alias;

/**
 * graphite-web's {@code format_units} (render/glyph.py) as legendValue uses it: the value divided
 * by the largest SI (k, M, G, T, P: powers of 1000) or binary (Ki … Pi: powers of 1024) unit not
 * above it, then {@code "%.2f"} and the prefix: {@code 1234} is {@code 1.23k}.
 */
final class Units {
  private static final String[] SI = {"P", "T", "G", "M", "k"};
  private static final String[] BINARY = {"Pi", "Ti", "Gi", "Mi", "Ki"};

  /** graphite-web snaps a result this close above a whole number down to it. */
  private static final double WHOLE_EPSILON = 0.00000000001;

  private Units() {}

  /** {@code "%.2f%s" % format_units(value, system=system)}, {@code system} si or binary. */
  static String format(double value, String system) {
    boolean binary = system.equals("binary");
    String[] prefixes = binary ? BINARY : SI;
    double base = binary ? 1024.0 : 1000.0;
    for (int i = 0; i < prefixes.length; i++) {
      double size = Math.pow(base, prefixes.length - i);
      if (Math.abs(value) >= size) {
        return PercentFormat.fixed(snap(value / size, value), 2) + prefixes[i];
      }
    }
    return PercentFormat.fixed(snap(value, value), 2);
  }

  private static double snap(double scaled, double original) {
    return scaled - Math.floor(scaled) < WHOLE_EPSILON && original > 1
        ? Math.floor(scaled)
        : scaled;
  }
}
