package dev.charcoal.query.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of graphite-web's grammar ({@code render/grammar_unsafe.py}) as pyparsing 3.0.9
 * matches them. Each method looks at {@code text} from {@code at} and returns the end of the token,
 * or -1 when it is not there.
 */
final class Lexemes {
  /** pyparsing's default whitespace, skipped before every token except inside a path. */
  private static final String WHITESPACE = " \n\t\r";

  /** Characters that end a path element unless escaped with a backslash. */
  static final String SYMBOLS = "(){},.'\"\\|";

  /** After a backslash in a path: the symbols and '='. */
  static final String ESCAPABLE = SYMBOLS + "=";

  /** pyparsing's quotedString, kept as pyparsing writes it (doubled quotes, \xHH escapes...). */
  private static final Pattern DOUBLE_QUOTED =
      Pattern.compile("\"(?:[^\"\\n\\r\\\\]|(?:\"\")|(?:\\\\(?:[^x]|x[0-9a-fA-F]+)))*");

  private static final Pattern SINGLE_QUOTED =
      Pattern.compile("'(?:[^'\\n\\r\\\\]|(?:'')|(?:\\\\(?:[^x]|x[0-9a-fA-F]+)))*");

  private Lexemes() {}

  static boolean isWhitespace(char c) {
    return WHITESPACE.indexOf(c) >= 0;
  }

  static int skipWhitespace(String text, int at) {
    while (at < text.length() && isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** pyparsing's printables (ASCII 33..126) minus the symbols. */
  static boolean isMetricChar(char c) {
    return c > ' ' && c < 127 && SYMBOLS.indexOf(c) < 0;
  }

  /** {@code [A-Za-z_][A-Za-z0-9_]*}: function and keyword-argument names. */
  static int identifier(String text, int at) {
    if (at >= text.length() || !isIdentifierStart(text.charAt(at))) {
      return -1;
    }
    int end = at + 1;
    while (end < text.length() && isIdentifierPart(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  /** pyparsing's CaselessKeyword: the word in any case, not followed by [A-Za-z0-9_$]. */
  static int keyword(String text, int at, String word) {
    int end = at + word.length();
    if (end > text.length() || !text.regionMatches(true, at, word, 0, word.length())) {
      return -1;
    }
    if (end < text.length() && (isIdentifierPart(text.charAt(end)) || text.charAt(end) == '$')) {
      return -1;
    }
    return end;
  }

  /** A complete quoted string (either quote), or -1. */
  static int quotedString(String text, int at) {
    if (at >= text.length()) {
      return -1;
    }
    char quote = text.charAt(at);
    Pattern body = quote == '"' ? DOUBLE_QUOTED : quote == '\'' ? SINGLE_QUOTED : null;
    if (body == null) {
      return -1;
    }
    // Greedy like pyparsing's Regex, which never gives back characters to find the closing quote.
    Matcher m = body.matcher(text).region(at, text.length());
    if (!m.lookingAt() || m.end() >= text.length() || text.charAt(m.end()) != quote) {
      return -1;
    }
    return m.end() + 1;
  }

  /** {@code -?\d+} with Python's \d (any script's decimal digits). */
  static int integer(String text, int at) {
    int i = at;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    int digitsEnd = digits(text, i);
    return digitsEnd > i ? digitsEnd : -1;
  }

  /** {@code -?\d+\.\d+}. */
  static int decimal(String text, int at) {
    int whole = integer(text, at);
    if (whole < 0 || whole >= text.length() || text.charAt(whole) != '.') {
      return -1;
    }
    int fraction = digits(text, whole + 1);
    return fraction > whole + 1 ? fraction : -1;
  }

  private static int digits(String text, int at) {
    int i = at;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isDigit(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /**
   * pyparsing's {@code afterNumber}: a number only counts when a ',' or ')' or the end of the text
   * follows, after whitespace. (Its LineEnd alternative skips newlines as whitespace too, so it
   * only ever matches at the end; {@code f(x, 1\n|g())} pipes the path {@code 1}.)
   */
  static boolean endsNumber(String text, int at) {
    int next = skipWhitespace(text, at);
    return next == text.length() || text.charAt(next) == ',' || text.charAt(next) == ')';
  }

  /** How a parse error names what it found at {@code at}. */
  static String describe(String text, int at) {
    if (at >= text.length()) {
      return "end of target";
    }
    int c = text.codePointAt(at);
    if (c < ' ' || c == 127) {
      return String.format("'\\u%04x'", c);
    }
    return "'" + new String(Character.toChars(c)) + "'";
  }
}
