package dev.charcoal.api.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import dev.charcoal.model.PythonFloats;
import java.math.BigDecimal;

/**
 * Python's {@code repr(float)}, fast: {@link PythonFloats#repr}, but with the shortest digits of
 * values that need a search taken from Schubfach (jackson-core's copy of the algorithm behind Java
 * 19's {@code Double.toString}) rather than a BigDecimal search, because the encoders print
 * millions of values per second.
 *
 * <p>Schubfach follows Java's rule of never printing fewer than two digits: where one digit would
 * do ({@code 5e-324}) it prints the closest two ({@code 4.9E-324}); that case is checked here.
 */
public final class PyFloat {
  private PyFloat() {}

  /** {@code repr(value)}: {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code inf}, {@code nan}. */
  public static String repr(double value) {
    StringBuilder out = new StringBuilder(24);
    appendRepr(out, value);
    return out.toString();
  }

  /** Appends {@code repr(value)}. */
  public static void appendRepr(StringBuilder out, double value) {
    if (PythonFloats.appendWithoutSearch(out, value)) {
      return;
    }
    double abs = Math.abs(value);
    StringBuilder digits = new StringBuilder(20);
    int exponent = decimal(DoubleToDecimal.toString(abs), digits);
    if (digits.length() == 2) {
      exponent = shortenToOneDigit(abs, digits, exponent);
    }
    PythonFloats.appendDigits(out, value < 0, digits, exponent);
  }

  /**
   * Reads Java's text ({@code 123.45}, {@code 1.2E-5}) into its significant digits (no leading or
   * trailing zeros) and returns the decimal exponent of the first digit.
   */
  private static int decimal(String text, StringBuilder digits) {
    int e = text.indexOf('E');
    String mantissa = e < 0 ? text : text.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
    int point = mantissa.indexOf('.');
    // The mantissa is d+.d+; the first digit's exponent is (digits before the point) - 1.
    int firstExponent = point - 1 + exponent;
    for (int i = 0; i < mantissa.length(); i++) {
      char c = mantissa.charAt(i);
      if (c == '.') {
        continue;
      }
      if (digits.length() == 0 && c == '0') {
        firstExponent--;
        continue;
      }
      digits.append(c);
    }
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits.setLength(end);
    return firstExponent;
  }

  private static int shortenToOneDigit(double value, StringBuilder digits, int exponent) {
    int first = digits.charAt(0) - '0';
    BigDecimal best = null;
    for (int candidate = first; candidate <= first + 1; candidate++) {
      BigDecimal decimal = BigDecimal.valueOf(candidate).scaleByPowerOfTen(exponent);
      if (decimal.doubleValue() != value) {
        continue;
      }
      BigDecimal exact = new BigDecimal(value);
      if (best == null || decimal.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
        best = decimal;
      }
    }
    if (best == null) {
      return exponent;
    }
    BigDecimal stripped = best.stripTrailingZeros();
    digits.setLength(0);
    digits.append(stripped.unscaledValue());
    return digits.length() - 1 - stripped.scale();
  }
}
