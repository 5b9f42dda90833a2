package dev.charcoal.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)} (and {@code str}): the shortest digits that read back as the same
 * double, in fixed notation for exponents -4..15 and scientific notation ({@code 1e+16}, {@code
 * 1.5e-05}) otherwise. graphite-web writes floats this way into template substitutions, series
 * names and its JSON and CSV output.
 *
 * <p>Whole numbers and values with a few decimals (most metrics) are printed directly. Other values
 * need a search for the shortest digits; Java 17's {@code Double.toString} is not always shortest,
 * so here the digits are searched with BigDecimal. The HTTP encoders, which print millions of
 * values per second, find them with Schubfach instead and lay them out with {@link #appendDigits}.
 */
public final class PythonFloats {
  /** Enough significant digits to tell any two doubles apart. */
  private static final int MAX_SIGNIFICANT_DIGITS = 17;

  /** Python switches to scientific notation outside 1e-4 <= |x| < 1e16. */
  private static final int MIN_FIXED_EXPONENT = -4;

  private static final int MAX_FIXED_EXPONENT = 16;

  /** The few-decimals path's range: Python's fixed notation, and at most 15 significant digits. */
  private static final double MIN_FEW_DECIMALS = 1e-4;

  private static final double MAX_FEW_DECIMALS = 1e9;
  private static final int MAX_DECIMALS = 6;
  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

  /** Whole numbers below this print as a long and ".0"; larger ones need the exponent rules. */
  private static final double MAX_WHOLE = 1e15;

  private PythonFloats() {}

  /** {@code repr(value)} as Python 3 prints it: {@code 1.0}, {@code 0.1}, {@code 1e+16}, ... */
  public static String repr(double value) {
    StringBuilder out = new StringBuilder(24);
    appendRepr(out, value);
    return out.toString();
  }

  /** Appends {@code repr(value)}. */
  public static void appendRepr(StringBuilder out, double value) {
    if (!appendWithoutSearch(out, value)) {
      appendSearched(out, value);
    }
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

  /**
   * Appends {@code repr(value)} when it needs no search for the shortest digits (nan, inf, zero,
   * whole numbers, a few decimals) and returns true; otherwise appends nothing and returns false.
   */
  public static boolean appendWithoutSearch(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      out.append("nan");
    } else if (Double.isInfinite(value)) {
      out.append(value > 0 ? "inf" : "-inf");
    } else if (value == 0) {
      out.append(Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0");
    } else if (value == Math.rint(value) && Math.abs(value) < MAX_WHOLE) {
      out.append((long) value).append(".0");
    } else {
      return appendFewDecimals(out, value);
    }
    return true;
  }

  /**
   * Appends the number {@code ±0.digits × 10^(exponent + 1)} (so {@code exponent} is that of the
   * first digit) in Python's layout: {@code digits} are the shortest significant digits, without
   * leading or trailing zeros.
   */
  public static void appendDigits(
      StringBuilder out, boolean negative, CharSequence digits, int exponent) {
    if (negative) {
      out.append('-');
    }
    int n = digits.length();
    if (exponent >= MIN_FIXED_EXPONENT && exponent < MAX_FIXED_EXPONENT) {
      if (exponent < 0) {
        out.append("0.");
        zeros(out, -exponent - 1);
        out.append(digits);
      } else if (n <= exponent + 1) {
        out.append(digits);
        zeros(out, exponent + 1 - n);
        out.append(".0");
      } else {
        out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, n);
      }
      return;
    }
    out.append(digits.charAt(0));
    if (n > 1) {
      out.append('.').append(digits, 1, n);
    }
    out.append('e').append(exponent < 0 ? '-' : '+');
    int abs = Math.abs(exponent);
    if (abs < 10) {
      out.append('0');
    }
    out.append(abs);
  }

  /** {@code repr} by the digit search alone: the reference the shortcuts are tested against. */
  static String searchedRepr(double value) {
    StringBuilder out = new StringBuilder(24);
    appendSearched(out, value);
    return out.toString();
  }

  /**
   * The common case of a value with a few decimals ({@code 12.34}, {@code 0.05}): the fewest
   * decimals {@code k} for which an integer {@code c} gives back the value as {@code c / 10^k}.
   * That division is correctly rounded, so it equals parsing the decimal text: the text
   * round-trips, and with at most 15 significant digits no other decimal of {@code k} places does.
   */
  private static boolean appendFewDecimals(StringBuilder out, double value) {
    double abs = Math.abs(value);
    if (!(abs >= MIN_FEW_DECIMALS && abs < MAX_FEW_DECIMALS)) {
      return false;
    }
    for (int k = 1; k <= MAX_DECIMALS; k++) {
      long c = Math.round(abs * POWERS_OF_TEN[k]);
      if (c / POWERS_OF_TEN[k] == abs) {
        if (value < 0) {
          out.append('-');
        }
        long scale = (long) POWERS_OF_TEN[k];
        String fraction = Long.toString(c % scale);
        out.append(c / scale).append('.');
        zeros(out, k - fraction.length());
        out.append(fraction);
        return true;
      }
    }
    return false;
  }

  private static void zeros(StringBuilder out, int count) {
    for (int i = 0; i < count; i++) {
      out.append('0');
    }
  }

  private static void appendSearched(StringBuilder out, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      appendWithoutSearch(out, value);
      return;
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    appendDigits(out, value < 0, digits, digits.length() - 1 - shortest.scale());
  }

  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
      // Half-even, as Python's dtoa breaks a tie between two shortest candidates.
      BigDecimal candidate =
          exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      if (candidate.doubleValue() == value) {
        return candidate;
      }
    }
    return exact
        .round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }
}
