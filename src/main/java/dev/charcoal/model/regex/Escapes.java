package dev.charcoal.model.regex;

/**
 * The escapes that stand for one character, in or out of a class, read as Python's {@code _escape}
 * and {@code _class_escape} read them (with their error messages and positions): {@code \a \f \n \r
 * \t \v \\}, {@code \xhh}, &#92;{@code uhhhh}, {@code \Uhhhhhhhh}, {@code \N{name}}, octal, and a
 * backslash before anything that is not an ASCII letter or digit.
 */
final class Escapes {
  private static final String HEX_DIGITS = "0123456789abcdefABCDEF";
  private static final String OCTAL_DIGITS = "01234567";

  private Escapes() {}

  /**
   * The code point of {@code escape} (a backslash and one code point, already read), reading any
   * digits or name that follow from {@code source}. The caller has handled what means more than one
   * character: categories, anchors and (outside a class) group references.
   */
  static int codePoint(Source source, int token, boolean insideClass) {
    int c = Source.codePoint(token);
    int simple = PythonSyntax.characterEscape(c);
    if (simple >= 0) {
      return simple;
    }
    switch (c) {
      case 'x':
        return hex(source, 'x', 2);
      case 'u':
        return hex(source, 'u', 4);
      case 'U':
        return hex(source, 'U', 8);
      case 'N':
        return named(source);
      default:
        break;
    }
    if (c == '0' || (insideClass && PythonSyntax.isOctal(c))) {
      String full = "\\" + (char) c + source.getWhile(2, OCTAL_DIGITS);
      int code = Integer.parseInt(full.substring(1), 8);
      if (code > PythonSyntax.MAX_OCTAL) {
        throw source.error(
            "octal escape value " + full + " outside of range 0-0o377", full.length());
      }
      return code;
    }
    if (PythonSyntax.isAsciiLetter(c) || PythonSyntax.isDigit(c)) {
      throw source.error("bad escape \\" + (char) c, 2);
    }
    return c;
  }

  /** {@code \xhh} and the like: exactly {@code digits} hex digits, and a code point. */
  private static int hex(Source source, char letter, int digits) {
    String full = "\\" + letter + source.getWhile(digits, HEX_DIGITS);
    if (full.length() != 2 + digits) {
      throw source.error("incomplete escape " + full, full.length());
    }
    long code = Long.parseLong(full.substring(2), 16);
    if (code > Character.MAX_CODE_POINT) {
      throw source.error("bad escape " + full, full.length());
    }
    return (int) code;
  }

  /** {@code \N{LATIN SMALL LETTER E WITH ACUTE}}, by Java's table of Unicode names. */
  private static int named(Source source) {
    if (!source.match('{')) {
      throw source.error("missing {", 0);
    }
    String name = source.getUntil('}', "character name");
    try {
      // Java would also forgive spaces around the name; Python does not.
      if (name.strip().equals(name)) {
        return Character.codePointOf(name);
      }
    } catch (IllegalArgumentException unknown) {
      // reported below, as Python reports it
    }
    throw source.error(
        "undefined character name " + PythonSyntax.repr(name), Source.length(name) + 4);
  }
}
