package dev.charcoal.ingest.statsd;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * JavaScript's {@code Number(string)} and {@code Number.prototype.toString()}, which etsy statsd
 * uses to read values and sample rates and to name percentiles and histogram bins.
 *
 * <p>{@code Number()} accepts surrounding whitespace, a sign, {@code Infinity}, decimals such as
 * {@code 1.}, {@code .5} and {@code 1e3}, and unsigned {@code 0x}/{@code 0o}/{@code 0b} integers; a
 * blank string is 0 and anything else is NaN. Java's {@code Double.parseDouble} differs ({@code
 * 1d}, {@code NaN}, {@code 0x1p3}, no {@code 0x10}), so the grammar is checked here and Java only
 * converts text already known to be a JavaScript decimal.
 */
final class JsNumbers {
  /** Powers of ten that a double holds exactly: m / 10^k is then correctly rounded. */
  private static final double[] EXACT_POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Digits that fit a long and a double's 53-bit mantissa exactly (10^15 < 2^53). */
  private static final int MAX_EXACT_DIGITS = 15;

  private static final byte[] INFINITY = "Infinity".getBytes(StandardCharsets.US_ASCII);

  private JsNumbers() {}

  /** {@code Number(text)} for the UTF-8 bytes {@code [from, to)}: NaN if it is not a number. */
  static double parse(byte[] b, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isAsciiSpace(b[start])) {
      start++;
    }
    while (end > start && isAsciiSpace(b[end - 1])) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        return parseUnicode(new String(b, from, to - from, StandardCharsets.UTF_8));
      }
    }
    return parseAscii(b, start, end);
  }

  /** JavaScript's whitespace and line terminators, which {@code trim()} and {@code \s} match. */
  static boolean isJsWhitespace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000'
        || c == '\ufeff';
  }

  static boolean isAsciiSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Non-ASCII text: only Unicode whitespace at the ends can still leave a number. */
  private static double parseUnicode(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isJsWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhitespace(text.charAt(end - 1))) {
      end--;
    }
    byte[] ascii = new byte[end - start];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0x7f) {
        return Double.NaN;
      }
      ascii[i - start] = (byte) c;
    }
    return parseAscii(ascii, 0, ascii.length);
  }

  /** {@code [from, to)} is ASCII with no surrounding whitespace. */
  private static double parseAscii(byte[] b, int from, int to) {
    if (from == to) {
      return 0.0;
    }
    if (to - from > 2 && b[from] == '0') {
      int radix =
          switch (b[from + 1] | 0x20) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            default -> 0;
          };
      if (radix != 0) {
        return parseUnsignedInteger(b, from + 2, to, radix);
      }
    }
    int i = from;
    boolean negative = b[i] == '-';
    if (b[i] == '+' || b[i] == '-') {
      i++;
    }
    if (to - i == INFINITY.length
        && java.util.Arrays.equals(b, i, to, INFINITY, 0, INFINITY.length)) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    long mantissa = 0;
    int significant = 0;
    int scale = 0;
    boolean anyDigit = false;
    boolean exact = true;
    for (; i < to && isDigit(b[i]); i++) {
      anyDigit = true;
      if (mantissa != 0 || b[i] != '0') {
        if (++significant > MAX_EXACT_DIGITS) {
          exact = false;
        } else {
          mantissa = mantissa * 10 + (b[i] - '0');
        }
      }
    }
    if (i < to && b[i] == '.') {
      for (i++; i < to && isDigit(b[i]); i++) {
        anyDigit = true;
        if (mantissa != 0 || b[i] != '0') {
          if (++significant > MAX_EXACT_DIGITS) {
            exact = false;
          } else {
            mantissa = mantissa * 10 + (b[i] - '0');
          }
        }
        scale++;
      }
    }
    if (!anyDigit) {
      return Double.NaN;
    }
    if (i < to && (b[i] | 0x20) == 'e') {
      i++;
      if (i < to && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int expDigits = i;
      while (i < to && isDigit(b[i])) {
        i++;
      }
      if (i == expDigits) {
        return Double.NaN;
      }
      exact = false;
    }
    if (i != to) {
      return Double.NaN;
    }
    if (exact && scale < EXACT_POWERS_OF_TEN.length) {
      double value = mantissa / EXACT_POWERS_OF_TEN[scale];
      return negative ? -value : value;
    }
    // Validated above as a JavaScript decimal, which Java reads the same, correctly rounded.
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
  }

  private static double parseUnsignedInteger(byte[] b, int from, int to, int radix) {
    for (int i = from; i < to; i++) {
      if (Character.digit(b[i], radix) < 0) {
        return Double.NaN;
      }
    }
    return new BigInteger(new String(b, from, to - from, StandardCharsets.US_ASCII), radix)
        .doubleValue();
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@code String(x)} in JavaScript: the shortest digits that read back as {@code x}, plain from
   * 1e-7 up to 1e21 ({@code 500}, {@code 99.9}, {@code 0.000001}), else with an exponent ({@code
   * 1e-7}, {@code 1.5e+21}); {@code -0} is {@code 0}.
   */
  static String format(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    if (x == 0) {
      return "0";
    }
    if (x < 0) {
      return "-" + format(-x);
    }
    BigDecimal shortest = shortestDigits(x);
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // x = 0.digits × 10^n
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
    return k == 1
        ? digits + "e" + exponent
        : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
  }

  /** Fewest significant digits that read back as {@code x}, trailing zeros removed. */
  private static BigDecimal shortestDigits(double x) {
    BigDecimal exact = new BigDecimal(x);
    for (int precision = 1; ; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == x) {
        return rounded.stripTrailingZeros();
      }
    }
  }
}
