package dev.charcoal.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a target into {@link Token}s for highlighting and completion. Unlike {@link
 * dev.charcoal.query.parse.TargetParser} it never fails: the text being typed is mostly not a
 * complete target yet ({@code sumSeries(serv}), and it should still be coloured. It follows the
 * grammar's token rules (graphite-web's metric characters, numbers only before {@code ,} {@code )}
 * or the end, keyword arguments inside calls) closely enough that a complete target is coloured the
 * way the parser reads it.
 */
final class TargetLexer {
  /** Characters that end a path element unless escaped (graphite-web's grammar). */
  private static final String SYMBOLS = "(){},.'\"\\|";

  private static final Set<String> LITERALS = Set.of("true", "false", "none", "inf");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int depth;

  private TargetLexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, covering all of it, in order. */
  static List<Token> tokens(String text) {
    return new TargetLexer(text).run();
  }

  /** A character of a metric name: printable ASCII except the grammar's symbols. */
  static boolean isMetricChar(char c) {
    return c > ' ' && c < 127 && SYMBOLS.indexOf(c) < 0;
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private List<Token> run() {
    int i = 0;
    while (i < text.length()) {
      i = next(i);
    }
    return tokens;
  }

  /** Reads the token at {@code i}; returns where it ends. */
  private int next(int i) {
    char c = text.charAt(i);
    if (isSpace(c)) {
      return add(Token.Kind.SPACE, i, skipSpaces(i));
    }
    if (c == '\'' || c == '"') {
      return add(Token.Kind.STRING, i, stringEnd(i));
    }
    if (c == '(' || c == ')' || c == ',' || c == '|') {
      depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
      return add(Token.Kind.PUNCTUATION, i, i + 1);
    }
    if (c == '=' && lastSignificant() == Token.Kind.PARAMETER) {
      return add(Token.Kind.PUNCTUATION, i, i + 1);
    }
    if (isIdentifierStart(c)) {
      return word(i);
    }
    if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && isDigit(i + 1))) {
      int end = numberEnd(i);
      if (endsNumber(end)) {
        return add(Token.Kind.NUMBER, i, end);
      }
    }
    int end = pathEnd(i);
    return end > i ? add(Token.Kind.PATH, i, end) : add(Token.Kind.UNKNOWN, i, i + 1);
  }

  /** An identifier: a function, a keyword argument, a literal, or the start of a path. */
  private int word(int i) {
    int end = i + 1;
    while (end < text.length() && isIdentifierPart(text.charAt(end))) {
      end++;
    }
    int after = skipSpaces(end);
    if (after < text.length() && text.charAt(after) == '(') {
      return add(Token.Kind.FUNCTION, i, end);
    }
    if (depth > 0 && after < text.length() && text.charAt(after) == '=') {
      return add(Token.Kind.PARAMETER, i, end);
    }
    int pathEnd = pathEnd(i);
    if (pathEnd == end
        && depth > 0
        && LITERALS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
      return add(Token.Kind.LITERAL, i, end);
    }
    return add(Token.Kind.PATH, i, pathEnd);
  }

  /** Metric characters, dots, backslash escapes and {@code {a,b}} lists. */
  private int pathEnd(int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (isMetricChar(c) || c == '.') {
        j++;
      } else if (c == '\\' && j + 1 < text.length()) {
        j += 2;
      } else if (c == '{') {
        int close = j + 1;
        while (close < text.length()
            && (isMetricChar(text.charAt(close)) || text.charAt(close) == ',')) {
          close++;
        }
        // an unclosed list is still being typed: it belongs to the path so far
        j = close < text.length() && text.charAt(close) == '}' ? close + 1 : close;
      } else {
        break;
      }
    }
    return j;
  }

  /** pyparsing's quoted string: to the same quote, skipping backslash escapes, or to the end. */
  private int stringEnd(int i) {
    char quote = text.charAt(i);
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\\' && j + 1 < text.length()) {
        j += 2;
      } else if (c == quote) {
        return j + 1;
      } else {
        j++;
      }
    }
    return j;
  }

  /** {@code -?\d+(\.\d+)?([eE]-?\d+)?}. */
  private int numberEnd(int i) {
    int j = text.charAt(i) == '-' ? i + 1 : i;
    j = digits(j);
    if (j + 1 < text.length() && text.charAt(j) == '.' && isDigit(j + 1)) {
      j = digits(j + 1);
    }
    if (j < text.length() && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1 < text.length() && text.charAt(j + 1) == '-' ? j + 2 : j + 1;
      if (k < text.length() && isDigit(k)) {
        j = digits(k);
      }
    }
    return j;
  }

  private int digits(int j) {
    while (j < text.length() && isDigit(j)) {
      j++;
    }
    return j;
  }

  private boolean isDigit(int j) {
    return Character.isDigit(text.charAt(j));
  }

  /** The grammar reads a number only before {@code ,} {@code )} or the end (blanks skipped). */
  private boolean endsNumber(int end) {
    int next = skipSpaces(end);
    return next == text.length() || text.charAt(next) == ',' || text.charAt(next) == ')';
  }

  private int skipSpaces(int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private Token.Kind lastSignificant() {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).kind() != Token.Kind.SPACE) {
        return tokens.get(k).kind();
      }
    }
    return null;
  }

  private int add(Token.Kind kind, int start, int end) {
    tokens.add(new Token(kind, start, end));
    return end;
  }
}
