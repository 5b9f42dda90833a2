package dev.charcoal.api.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;

/**
 * Python's {@code repr(float)}, fast: the shortest digits that read back as the same double, as
 * {@link dev.charcoal.model.PythonFloats#repr} prints them, but from Schubfach's shortest decimal
 * (jackson-core's copy of the algorithm behind Java 19's {@code Double.toString}) rather than a
 * BigDecimal search, because the encoders print millions of values per second.
 *
 * <p>Schubfach follows Java's rule of never printing fewer than two digits: where one digit would
 * do ({@code 5e-324}) it prints the closest two ({@code 4.9E-324}); that case is checked here.
 */
public final class PyFloat {
  /** Python switches to scientific notation outside 1e-4 <= |x| < 1e16. */
  private static final int MIN_FIXED_EXPONENT = -4;

  private static final int MAX_FIXED_EXPONENT = 16;

  private PyFloat() {}

  /** {@code repr(value)}: {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code inf}, {@code nan}. */
  public static String repr(double value) {
    StringBuilder out = new StringBuilder(24);
    appendRepr(out, value);
    return out.toString();
  }

  /** Appends {@code repr(value)}. */
  public static void appendRepr(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      out.append("nan");
      return;
    }
    if (Double.isInfinite(value)) {
      out.append(value > 0 ? "inf" : "-inf");
      return;
    }
    if (value == 0) {
      out.append(Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0");
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      // Whole numbers (counters, most gauges) need no digit search.
      out.append((long) value).append(".0");
      return;
    }
    if (fewDecimals(out, value)) {
      return;
    }
    String text = DoubleToDecimal.toString(Math.abs(value));
    StringBuilder digits = new StringBuilder(20);
    int exponent = decimal(text, digits);
    if (digits.length() == 2) {
      exponent = shortenToOneDigit(Math.abs(value), digits, exponent);
    }
    if (value < 0) {
      out.append('-');
    }
    if (exponent >= MIN_FIXED_EXPONENT && exponent < MAX_FIXED_EXPONENT) {
      fixed(out, digits, exponent);
    } else {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
    }
  }

  /**
   * The common case of a value with a few decimals ({@code 12.34}, {@code 0.05}): the fewest
   * decimals {@code k} for which an integer {@code c} gives back the value as {@code c / 10^k}.
   * That division is correctly rounded, so it equals parsing the decimal text: the text
   * round-trips, and with at most 15 significant digits no other decimal of {@code k} places does.
   */
  private static boolean fewDecimals(StringBuilder out, double value) {
    double abs = Math.abs(value);
    if (!(abs >= MIN_FAST && abs < MAX_FAST)) {
      return false;
    }
    for (int k = 1; k <= MAX_FAST_DECIMALS; k++) {
      long c = Math.round(abs * POWERS_OF_TEN[k]);
      if (c / POWERS_OF_TEN[k] == abs) {
        if (value < 0) {
          out.append('-');
        }
        long scale = (long) POWERS_OF_TEN[k];
        out.append(c / scale).append('.');
        String fraction = Long.toString(c % scale);
        for (int pad = fraction.length(); pad < k; pad++) {
          out.append('0');
        }
        out.append(fraction);
        return true;
      }
    }
    return false;
  }

  /** The fast path's range: Python's fixed notation, and at most 15 significant digits. */
  private static final double MIN_FAST = 1e-4;

  private static final double MAX_FAST = 1e9;
  private static final int MAX_FAST_DECIMALS = 6;
  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

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

  private static void fixed(StringBuilder out, CharSequence digits, int exponent) {
    int n = digits.length();
    if (exponent < 0) {
      out.append("0.");
      for (int i = -1; i > exponent; i--) {
        out.append('0');
      }
      out.append(digits);
    } else if (n <= exponent + 1) {
      out.append(digits);
      for (int i = n; i < exponent + 1; i++) {
        out.append('0');
      }
      out.append(".0");
    } else {
      out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, n);
    }
  }
}
