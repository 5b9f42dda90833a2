package dev.charcoal.model.regex;

/**
 * A character class {@code [...]}, read as Python reads it: {@code ]} first is a member, {@code [}
 * and {@code &&} are plain members (Java would nest or intersect; every punctuation member is
 * escaped so Java sees a plain one), {@code \b} is a backspace, a range needs two single characters
 * in order. Categories are spelt out (see {@link Categories}).
 */
final class ClassTranslator {
  private final Source source;
  private final StringBuilder out;
  private final Categories categories;

  /** Where the {@code [} is, for "unterminated character set". */
  private final int start;

  /** Called with the {@code [} just read. */
  ClassTranslator(Source source, StringBuilder out, boolean ascii) {
    this.source = source;
    this.out = out;
    this.categories = Categories.of(ascii);
    this.start = source.tell() - 1;
  }

  /** A member: a category (its letter, or 0) or a code point. */
  private record Member(int category, int codePoint) {}

  void translate() {
    out.append('[');
    if (source.match('^')) {
      out.append('^');
    }
    boolean empty = true;
    while (true) {
      int first = next();
      if (first == ']' && !empty) {
        break;
      }
      empty = false;
      Member low = member(first);
      if (!source.match('-')) {
        append(low);
        continue;
      }
      int second = next();
      if (second == ']') {
        append(low);
        appendLiteral(out, '-');
        break;
      }
      Member high = member(second);
      if (low.category() != 0 || high.category() != 0 || high.codePoint() < low.codePoint()) {
        throw source.error(
            "bad character range " + Source.text(first) + "-" + Source.text(second),
            Source.length(first) + 1 + Source.length(second));
      }
      appendLiteral(out, low.codePoint());
      out.append('-');
      appendLiteral(out, high.codePoint());
    }
    out.append(']');
  }

  private int next() {
    int token = source.get();
    if (token == Source.END) {
      throw source.errorAt("unterminated character set", start);
    }
    return token;
  }

  private Member member(int token) {
    if (!Source.isEscape(token)) {
      return new Member(0, token);
    }
    int c = Source.codePoint(token);
    if (Categories.isCategory(c)) {
      return new Member(c, -1);
    }
    return new Member(0, Escapes.codePoint(source, token, true));
  }

  private void append(Member m) {
    if (m.category() != 0) {
      out.append(categories.spell(m.category(), true));
    } else {
      appendLiteral(out, m.codePoint());
    }
  }

  /**
   * One code point as Java reads it literally, in or out of a class: ASCII punctuation escaped,
   * controls and lone surrogates as {@code \x{...}}, the rest as itself.
   */
  static void appendLiteral(StringBuilder out, int c) {
    if (PythonSyntax.isAsciiLetter(c) || PythonSyntax.isDigit(c)) {
      out.append((char) c);
    } else if (c > ' ' && c < 127) {
      out.append('\\').append((char) c);
    } else if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
      out.append("\\x{").append(Integer.toHexString(c)).append('}');
    } else {
      out.appendCodePoint(c);
    }
  }
}
