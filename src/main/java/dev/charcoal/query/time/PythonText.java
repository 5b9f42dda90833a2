package dev.charcoal.query.time;

import java.math.BigInteger;

/**
 * The few Python string and int behaviours attime.py relies on: {@code str.strip}, {@code isdigit},
 * {@code isalpha}, {@code int()} and lenient slicing. Python counts code points and Java counts
 * chars; they differ only for characters outside the BMP, which no valid time string contains.
 */
final class PythonText {
  private PythonText() {}

  /** Python's str.isspace for one character. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Python's isdigit for one character: decimal digits and digits such as superscripts. */
  static boolean isDigitChar(int c) {
    if (Character.isDigit(c)) {
      return true;
    }
    int value = Character.getNumericValue(c);
    return Character.getType(c) == Character.OTHER_NUMBER && value >= 0 && value <= 9;
  }

  /** Python's str.isdigit: not empty, every character a digit. */
  static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(PythonText::isDigitChar);
  }

  /** Python's str.isalpha. */
  static boolean isAlpha(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
  }

  /** {@code s[from:to]} with Python's clamping. */
  static String slice(String s, int from, int to) {
    int start = Math.max(0, Math.min(from, s.length()));
    int end = Math.max(start, Math.min(to, s.length()));
    return s.substring(start, end);
  }

  /** {@code s[from:]}. */
  static String slice(String s, int from) {
    return slice(s, from, s.length());
  }

  /** {@code s[-n:]}. */
  static String tail(String s, int n) {
    return s.substring(Math.max(0, s.length() - n));
  }

  /** Python's int(s): surrounding whitespace, a sign, then decimal digits of any script. */
  static BigInteger parseInt(String s) {
    String t = strip(s);
    int i = 0;
    boolean negative = false;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      negative = t.charAt(0) == '-';
      i = 1;
    }
    if (i >= t.length()) {
      throw invalidInt(s);
    }
    StringBuilder digits = new StringBuilder(t.length());
    for (; i < t.length(); i++) {
      int digit = Character.digit(t.charAt(i), 10);
      if (digit < 0 || !Character.isDigit(t.charAt(i))) {
        throw invalidInt(s);
      }
      digits.append((char) ('0' + digit));
    }
    BigInteger value = new BigInteger(digits.toString());
    return negative ? value.negate() : value;
  }

  private static AtTimeException invalidInt(String s) {
    return new AtTimeException("invalid literal for int() with base 10: '" + s + "'");
  }
}
