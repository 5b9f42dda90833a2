package dev.charcoal.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Python's {@code repr(float)} (and {@code str}): the shortest digits that read back as the same
 * double, in fixed notation for exponents -4..15 and scientific notation ({@code 1e+16}, {@code
 * 1.5e-05}) otherwise. graphite-web writes floats this way into template substitutions and series
 * names. Java 17's {@code Double.toString} is not always shortest, so the digits are searched.
 */
public final class PythonFloats {
  /** Enough significant digits to tell any two doubles apart. */
  private static final int MAX_SIGNIFICANT_DIGITS = 17;

  /** Python switches to scientific notation outside 1e-4 <= |x| < 1e16. */
  private static final int MIN_FIXED_EXPONENT = -4;

  private static final int MAX_FIXED_EXPONENT = 16;

  private PythonFloats() {}

  /** {@code repr(value)} as Python 3 prints it: {@code 1.0}, {@code 0.1}, {@code 1e+16}, ... */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (Double.doubleToRawLongBits(value) < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    // value = 0.digits * 10^(exponent + 1), i.e. d.ddd * 10^exponent
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = value < 0 ? "-" : "";
    if (exponent >= MIN_FIXED_EXPONENT && exponent < MAX_FIXED_EXPONENT) {
      return sign + fixed(digits, exponent);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return String.format(
        Locale.ROOT, "%s%se%s%02d", sign, mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
  }

  /**
   * The number as Python's {@code json.dumps} writes it: {@code repr}, except {@code Infinity},
   * {@code -Infinity} and {@code NaN}.
   */
  public static String json(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return repr(value);
  }

  private static BigDecimal shortest(double value) {
    for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
      // Half-even, as Python's dtoa breaks a tie between two shortest candidates.
      BigDecimal candidate =
          new BigDecimal(value)
              .round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN))
              .stripTrailingZeros();
      if (candidate.doubleValue() == value) {
        return candidate;
      }
    }
    return new BigDecimal(value)
        .round(new java.math.MathContext(MAX_SIGNIFICANT_DIGITS, java.math.RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }

  private static String fixed(String digits, int exponent) {
    if (exponent < 0) {
      return "0." + "0".repeat(-exponent - 1) + digits;
    }
    if (digits.length() <= exponent + 1) {
      return digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
    }
    return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
  }
}
