package dev.charcoal.model.regex;

/**
 * Python's {@code re._parser.Tokenizer}: the pattern read one token at a time, a token being one
 * code point or a backslash with the code point after it. Reading by the same tokens as Python is
 * what makes {@code (?#a\)b)} one comment and every error position land where Python puts it.
 *
 * <p>A token is an int: the code point, with {@link #ESCAPE} set for an escape; {@link #END} at the
 * end.
 */
final class Source {
  /** Set in a token that is a backslash and a code point. */
  static final int ESCAPE = 1 << 21;

  static final int END = -1;

  private final String text;

  /** Index (in chars) of {@link #next}, and just past it. */
  private int start;

  private int index;

  private int next;

  Source(String text) {
    this.text = text;
    advance();
  }

  private void advance() {
    start = index;
    if (index >= text.length()) {
      next = END;
      return;
    }
    int c = text.codePointAt(index);
    index += Character.charCount(c);
    if (c != '\\') {
      next = c;
      return;
    }
    if (index >= text.length()) {
      throw new PythonPatternException(
          "bad escape (end of pattern)", text, text.codePointCount(0, text.length()) - 1);
    }
    int d = text.codePointAt(index);
    index += Character.charCount(d);
    next = ESCAPE | d;
  }

  /** The pattern's text. */
  String text() {
    return text;
  }

  /** The token {@link #get} would return. */
  int peek() {
    return next;
  }

  /** Whether the next token is the single character {@code c}. */
  boolean nextIs(char c) {
    return next == c;
  }

  /** Whether the next token is one ASCII digit. */
  boolean nextIsDigit() {
    return PythonSyntax.isDigit(next);
  }

  /** Consumes the next token if it is {@code c}. */
  boolean match(char c) {
    if (next == c) {
      advance();
      return true;
    }
    return false;
  }

  /** The next token, consumed; {@link #END} at the end. */
  int get() {
    int token = next;
    advance();
    return token;
  }

  /** Up to {@code max} tokens from {@code allowed} (ASCII), for hex and octal escapes. */
  String getWhile(int max, String allowed) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < max && next >= 0 && next < 128 && allowed.indexOf(next) >= 0; i++) {
      out.append((char) get());
    }
    return out.toString();
  }

  /**
   * The tokens up to {@code terminator}, which is consumed: a group name or a character name. An
   * empty or unterminated one is an error worded as Python words it.
   */
  String getUntil(char terminator, String what) {
    StringBuilder out = new StringBuilder();
    while (true) {
      int c = get();
      if (c == END) {
        if (out.isEmpty()) {
          throw error("missing " + what, 0);
        }
        throw error("missing " + terminator + ", unterminated name", length(out));
      }
      if (c == terminator) {
        if (out.isEmpty()) {
          throw error("missing " + what, 1);
        }
        return out.toString();
      }
      out.append(text(c));
    }
  }

  /** The position of the next token, in chars. */
  int tell() {
    return start;
  }

  void seek(int charIndex) {
    index = charIndex;
    advance();
  }

  boolean atEnd() {
    return next == END;
  }

  /**
   * Python's {@code source.error(msg, offset)}: an error at {@code offset} code points before the
   * next token.
   */
  PythonPatternException error(String message, int offset) {
    return new PythonPatternException(message, text, text.codePointCount(0, tell()) - offset);
  }

  /** An error at the code point that starts at {@code charIndex}. */
  PythonPatternException errorAt(String message, int charIndex) {
    return new PythonPatternException(message, text, text.codePointCount(0, charIndex));
  }

  static boolean isEscape(int token) {
    return token >= 0 && (token & ESCAPE) != 0;
  }

  /** The code point of a token: the character, or the one after the backslash. */
  static int codePoint(int token) {
    return token & ~ESCAPE;
  }

  /** A token as the pattern spells it, for messages. */
  static String text(int token) {
    String c = Character.toString(codePoint(token));
    return isEscape(token) ? "\\" + c : c;
  }

  /** A token's length as Python counts it, in code points. */
  static int length(int token) {
    return isEscape(token) ? 2 : 1;
  }

  /** A length as Python counts it, in code points. */
  static int length(CharSequence s) {
    return Character.codePointCount(s, 0, s.length());
  }
}
