package dev.charcoal.query.function.special;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * graphite-web's {@code format_units} (render/glyph.py) and Python's {@code "%.2f"}, as cactiStyle
 * prints its Current/Max/Min columns: a value scaled to the largest unit it reaches, e.g. 12345 in
 * {@code si} is {@code 12.35k}.
 */
final class UnitFormat {
  /** A unit prefix and its size. */
  private record Unit(String prefix, double size) {}

  private static final double TOLERANCE = 0.00000000001;

  private static final Map<String, List<Unit>> SYSTEMS =
      Map.of(
          "binary",
          List.of(
              new Unit("Pi", Math.pow(1024.0, 5)),
              new Unit("Ti", Math.pow(1024.0, 4)),
              new Unit("Gi", Math.pow(1024.0, 3)),
              new Unit("Mi", Math.pow(1024.0, 2)),
              new Unit("Ki", 1024.0)),
          "si",
          List.of(
              new Unit("P", Math.pow(1000.0, 5)),
              new Unit("T", Math.pow(1000.0, 4)),
              new Unit("G", Math.pow(1000.0, 3)),
              new Unit("M", Math.pow(1000.0, 2)),
              new Unit("k", 1000.0)),
          "sec",
          List.of(
              new Unit("Y", 60 * 60 * 24 * 365),
              new Unit("M", 60 * 60 * 24 * 30),
              new Unit("D", 60 * 60 * 24),
              new Unit("H", 60 * 60),
              new Unit("m", 60)),
          "msec",
          List.of(
              new Unit("Y", 60L * 60 * 24 * 365 * 1000),
              new Unit("M", 60L * 60 * 24 * 30 * 1000),
              new Unit("D", 60 * 60 * 24 * 1000),
              new Unit("H", 60 * 60 * 1000),
              new Unit("m", 60 * 1000),
              new Unit("s", 1000)));

  private UnitFormat() {}

  /** Whether {@code system} is one format_units knows. */
  static boolean knows(String system) {
    return SYSTEMS.containsKey(system);
  }

  /**
   * cactiStyle's column text for {@code v}: {@code "%.2f"}, with the unit prefix when a system is
   * given, and the units after a space when given.
   */
  static String format(double v, String system, String units) {
    boolean hasUnits = units != null && !units.isEmpty();
    if (system == null || system.isEmpty()) {
      return hasUnits ? fixed2(v) + " " + units : fixed2(v);
    }
    String prefix = "";
    double scaled = v;
    boolean found = false;
    for (Unit unit : SYSTEMS.get(system)) {
      if (Math.abs(v) >= unit.size()) {
        scaled = wholeWhenClose(v / unit.size(), v);
        prefix = unit.prefix();
        found = true;
        break;
      }
    }
    if (!found) {
      scaled = wholeWhenClose(v, v);
    }
    String suffix = hasUnits ? prefix + units : prefix;
    return hasUnits ? fixed2(scaled) + " " + suffix : fixed2(scaled) + suffix;
  }

  /** format_units drops a fraction below 1e-11 for values above 1. */
  private static double wholeWhenClose(double scaled, double v) {
    return scaled - Math.floor(scaled) < TOLERANCE && v > 1 ? Math.floor(scaled) : scaled;
  }

  /**
   * Python's {@code "%.2f" % v}: the exact binary value rounded half-even (Java's formatter rounds
   * the shortest decimal half-up, which differs for values such as 0.125 or 1.005).
   */
  static String fixed2(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String digits = new BigDecimal(Math.abs(v)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + digits;
  }
}
