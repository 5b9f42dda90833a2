package dev.charcoal.store.whisper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code %g} conversion (as Python's {@code %} operator does it), which Java's differs from.
 */
final class PrintfG {
  private PrintfG() {}

  /** {@code "%W.Pg" % value}: P significant digits, trailing zeros dropped, padded to width W. */
  static String format(double value, int width, int precision) {
    String s = format(value, precision);
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  static String format(double value, int precision) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    int p = Math.max(precision, 1);
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(p, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < p) {
      return stripZeros(rounded.setScale(Math.max(0, p - 1 - exponent)).toPlainString());
    }
    BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(p - 1, RoundingMode.HALF_EVEN);
    String exp = String.format("%02d", Math.abs(exponent));
    return stripZeros(mantissa.toPlainString()) + (exponent < 0 ? "e-" : "e+") + exp;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
