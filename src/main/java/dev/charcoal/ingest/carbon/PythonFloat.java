package dev.charcoal.ingest.carbon;

import java.util.Arrays;

/**
 * Python's {@code float(x)} for strings, which is what carbon applies to the value and timestamp of
 * every point: optional sign, digits with single underscores between them, an optional fraction and
 * exponent, or {@code inf}, {@code infinity}, {@code nan} in any case; surrounding whitespace
 * ignored; any Unicode decimal digit counts as a digit. The result is correctly rounded, as in
 * Python: an overflow is an infinity, an underflow zero. Everything else ({@code 0x10}, {@code
 * 1,5}, {@code 1d}, {@code 1__0}, {@code _1}) is refused.
 *
 * <p>The byte-level {@link #parseAscii} is the decoders' fast path: it reads a field in place and
 * reports a refusal as {@link #INVALID}, a NaN with its own bit pattern, so a hot loop needs
 * neither an exception nor an allocation. Check it with {@link #isInvalid}, not {@code ==}.
 */
final class PythonFloat {
  /** What {@link #parseAscii} returns for input Python refuses; a NaN no parse can produce. */
  static final double INVALID = Double.longBitsToDouble(0x7ff8_0000_0000_0badL);

  /** Up to this many significant digits, a decimal fits a long exactly. */
  private static final int MAX_EXACT_DIGITS = 18;

  /** Powers of ten that are exact doubles (10^22 is the largest), for the exact fast path. */
  private static final double[] EXACT_POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Exponent digits are read up to this; any larger exponent over- or underflows all the same. */
  private static final long MAX_EXPONENT = 100_000;

  /** Mantissas below 2^53 convert to double exactly. */
  private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

  private PythonFloat() {}

  /** Whether {@code value} is the {@link #INVALID} marker rather than a number or a real NaN. */
  static boolean isInvalid(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(INVALID);
  }

  /**
   * {@code float(text)} for any string, as Python does it.
   *
   * @throws NumberFormatException naming the text, when Python raises ValueError
   */
  static double parse(CharSequence text) {
    byte[] ascii = toAscii(text);
    double value = ascii == null ? INVALID : parseAscii(ascii, 0, ascii.length);
    if (isInvalid(value)) {
      throw new NumberFormatException("could not convert string to float: '" + text + "'");
    }
    return value;
  }

  /**
   * {@code float(b)} for a Python {@code bytes}, as found in pickles: ASCII only, surrounded by C's
   * whitespace (space, tab to carriage return), or {@link #INVALID}.
   */
  static double parseBytes(byte[] b) {
    int from = 0;
    int to = b.length;
    while (from < to && isCSpace(b[from])) {
      from++;
    }
    while (to > from && isCSpace(b[to - 1])) {
      to--;
    }
    return PythonText.isAscii(b, from, to) ? parseAscii(b, from, to) : INVALID;
  }

  private static boolean isCSpace(byte c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
  }

  /**
   * {@code float()} of the ASCII bytes {@code [from, to)} with no surrounding whitespace, or {@link
   * #INVALID}. Bytes outside ASCII are refused; callers with other text use {@link #parse}.
   */
  static double parseAscii(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i == to) {
      return INVALID;
    }
    if (b[i] != '.' && !isDigit(b[i])) {
      return special(b, i, to, negative);
    }
    long mantissa = 0;
    int digits = 0; // significant digits in mantissa
    int scale = 0; // fraction digits in mantissa
    boolean exact = true; // every significant digit is in mantissa
    boolean any = false;
    int start = i;
    i = digitRun(b, i, to);
    if (i < 0) {
      return INVALID;
    }
    for (int k = start; k < i; k++) {
      if (b[k] != '_') {
        any = true;
        if (digits < MAX_EXACT_DIGITS) {
          mantissa = mantissa * 10 + (b[k] - '0');
          digits += mantissa == 0 ? 0 : 1;
        } else {
          exact = false;
        }
      }
    }
    if (i < to && b[i] == '.') {
      i++;
      start = i;
      if (i < to && isDigit(b[i])) {
        i = digitRun(b, i, to);
        if (i < 0) {
          return INVALID;
        }
      }
      for (int k = start; k < i; k++) {
        if (b[k] != '_') {
          any = true;
          if (digits < MAX_EXACT_DIGITS) {
            mantissa = mantissa * 10 + (b[k] - '0');
            digits += mantissa == 0 ? 0 : 1;
            scale++;
          } else {
            exact = false;
          }
        }
      }
    }
    if (!any) {
      return INVALID;
    }
    long exponent = 0;
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      if (i == to || !isDigit(b[i])) {
        return INVALID;
      }
      start = i;
      i = digitRun(b, i, to);
      if (i < 0) {
        return INVALID;
      }
      for (int k = start; k < i; k++) {
        // Saturate: past a few thousand the result is 0 or infinity whatever the digits.
        if (b[k] != '_' && exponent < MAX_EXPONENT) {
          exponent = exponent * 10 + (b[k] - '0');
        }
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != to) {
      return INVALID;
    }
    double value;
    long power = exponent - scale;
    if (mantissa == 0) {
      value = 0;
    } else if (exact && mantissa < EXACT_MANTISSA_LIMIT && Math.abs(power) < EXACT_POWERS.length) {
      // Both operands exact, so one IEEE operation rounds correctly (Clinger's fast path).
      value =
          power >= 0 ? mantissa * EXACT_POWERS[(int) power] : mantissa / EXACT_POWERS[(int) -power];
    } else {
      value = Double.parseDouble(withoutUnderscores(b, from, to));
    }
    return negative ? -Math.abs(value) : Math.abs(value);
  }

  /**
   * Ends a run of digits starting at a digit, with single underscores between digits; returns the
   * index after it, or -1 for a misplaced underscore.
   */
  private static int digitRun(byte[] b, int i, int to) {
    while (i < to) {
      if (isDigit(b[i])) {
        i++;
      } else if (b[i] == '_') {
        if (i + 1 >= to || !isDigit(b[i + 1]) || !isDigit(b[i - 1])) {
          return -1;
        }
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static double special(byte[] b, int i, int to, boolean negative) {
    double value;
    if (matchesIgnoreCase(b, i, to, "inf") || matchesIgnoreCase(b, i, to, "infinity")) {
      value = Double.POSITIVE_INFINITY;
    } else if (matchesIgnoreCase(b, i, to, "nan")) {
      return Double.NaN;
    } else {
      return INVALID;
    }
    return negative ? -value : value;
  }

  private static boolean matchesIgnoreCase(byte[] b, int i, int to, String word) {
    if (to - i != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((b[i + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static String withoutUnderscores(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      if (b[k] != '_') {
        sb.append((char) b[k]);
      }
    }
    return sb.toString();
  }

  /**
   * Python's first step: strip whitespace, map every Unicode decimal digit to its ASCII digit.
   * Returns null when a character remains that no float can contain.
   */
  private static byte[] toAscii(CharSequence text) {
    int from = 0;
    int to = text.length();
    while (from < to && PythonText.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && PythonText.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    byte[] out = new byte[to - from];
    int n = 0;
    for (int k = from; k < to; ) {
      int c = Character.codePointAt(text, k);
      k += Character.charCount(c);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        out[n++] = (byte) ('0' + Character.digit(c, 10));
      } else {
        return null;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
