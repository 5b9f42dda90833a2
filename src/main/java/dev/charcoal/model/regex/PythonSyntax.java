package dev.charcoal.model.regex;

import java.math.BigInteger;

/**
 * The lexical rules a Python pattern and a Python replacement template ({@code re.sub}'s {@code
 * \1}, {@code \g<name>}) share: which escapes stand for one character, what a group name may be.
 */
public final class PythonSyntax {
  /** The largest octal escape Python accepts, {@code \377}. */
  public static final int MAX_OCTAL = 0377;

  private PythonSyntax() {}

  /**
   * The character of {@code \c} in Python's {@code ESCAPES} table ({@code \a \b \f \n \r \t \v
   * \\}), else -1. ({@code \b} is a word boundary outside a class; the pattern reader asks first.)
   */
  public static int characterEscape(int c) {
    return switch (c) {
      case 'a' -> 0x07;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 0x0b;
      case '\\' -> '\\';
      default -> -1;
    };
  }

  public static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isOctal(int c) {
    return c >= '0' && c <= '7';
  }

  public static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Python's {@code str.isidentifier()}, near enough for group names. */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    return (first == '_' || Character.isUnicodeIdentifierStart(first))
        && name.codePoints()
            .allMatch(
                c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
  }

  /**
   * Python's {@code int(s)} for a group number: spaces around, a sign, decimal digits of any script
   * with single {@code _} between them; null where Python raises ValueError.
   */
  public static BigInteger parseInt(String s) {
    String t = s.strip();
    int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    StringBuilder digits = new StringBuilder(t.substring(0, i));
    boolean afterDigit = false;
    while (i < t.length()) {
      int c = t.codePointAt(i);
      i += Character.charCount(c);
      if (c == '_' && afterDigit && i < t.length()) {
        afterDigit = false;
      } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        digits.append(Character.digit(c, 10));
        afterDigit = true;
      } else {
        return null;
      }
    }
    return afterDigit ? new BigInteger(digits.toString()) : null;
  }

  /** Python's {@code repr(str)} for a name in an error message: single quotes, or double. */
  static String repr(String s) {
    boolean useDouble = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
    char quote = useDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append(quote);
          } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            out.append(String.format("\\x%02x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
