package dev.charcoal.query.eval;

import dev.charcoal.model.PythonFloats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's text forms of argument values, which graphite-web writes into series names: {@code
 * str()} ({@code 2}, {@code 2.0}, {@code True}, {@code None}), {@code repr()} (strings quoted) and
 * {@code "%g"}.
 */
public final class PythonFormat {
  private PythonFormat() {}

  /** Python's {@code str(value)} for an evaluated argument (see {@link Arguments}). */
  public static String str(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Double d) {
      return PythonFloats.repr(d);
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(repr(list.get(i)));
      }
      return out.append(']').toString();
    }
    return value.toString();
  }

  /** Python's {@code repr(value)}: strings in single quotes (double when they hold a single). */
  public static String repr(Object value) {
    if (value instanceof String s) {
      boolean useDouble = s.contains("'") && !s.contains("\"");
      char quote = useDouble ? '"' : '\'';
      StringBuilder out = new StringBuilder().append(quote);
      for (char c : s.toCharArray()) {
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c == quote) {
              out.append('\\');
            }
            out.append(c);
          }
        }
      }
      return out.append(quote).toString();
    }
    return str(value);
  }

  /** Python's {@code "%g" % value}: six significant digits, trailing zeros dropped. */
  public static String g(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= 6) {
      BigDecimal mantissa = rounded.movePointLeft(exponent);
      String digits = strip(mantissa.toPlainString());
      String sign = exponent < 0 ? "-" : "+";
      int abs = Math.abs(exponent);
      return digits + "e" + sign + (abs < 10 ? "0" : "") + abs;
    }
    return strip(rounded.toPlainString());
  }

  private static String strip(String plain) {
    if (!plain.contains(".")) {
      return plain;
    }
    String stripped = plain.replaceAll("0+$", "");
    return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
