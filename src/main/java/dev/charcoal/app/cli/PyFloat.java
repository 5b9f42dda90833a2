package dev.charcoal.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles printed as Python's {@code repr()} and {@code json.dumps} print them, so our JSON matches
 * what the Graphite tools show: the shortest digits that read back to the same double, in fixed
 * notation from 1e-4 up to 1e16 ({@code 0.5}, {@code 12.0}, {@code 0.10000000149011612}) and in
 * exponent notation outside it ({@code 1e-05}, {@code 1e+16}).
 */
final class PyFloat {
  private PyFloat() {}

  /** {@code repr(value)}, except that infinities are {@code Infinity}, as in Python's JSON. */
  static String repr(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    // Java 17's Double.toString is not always the shortest, so search for it: the correctly
    // rounded p-digit decimal is the closest one, so if any p-digit decimal reads back, it does.
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        shortest = rounded;
        break;
      }
    }
    BigDecimal stripped = shortest.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int decimalPoint = digits.length() - stripped.scale(); // value = 0.DIGITS × 10^decimalPoint
    String sign = value < 0 ? "-" : "";
    if (decimalPoint > -4 && decimalPoint <= 16) {
      return sign + fixed(digits, decimalPoint);
    }
    int exponent = decimalPoint - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = String.format("%02d", Math.abs(exponent));
    return sign + mantissa + (exponent < 0 ? "e-" : "e+") + exp;
  }

  private static String fixed(String digits, int decimalPoint) {
    if (decimalPoint <= 0) {
      return "0." + "0".repeat(-decimalPoint) + digits;
    }
    if (decimalPoint >= digits.length()) {
      return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
    return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
  }
}
