package dev.charcoal.ui.editor;

/**
 * A piece of a target's text as the editor sees it: {@code text.substring(start, end)}.
 *
 * @param kind what the piece is, which decides its colour
 */
record Token(Kind kind, int start, int end) {
  /** What a token is. */
  enum Kind {
    /** A function name: an identifier followed by {@code (}. */
    FUNCTION,
    /** A keyword argument's name: an identifier followed by {@code =} inside a call. */
    PARAMETER,
    /** A metric path or glob. */
    PATH,
    /** A quoted string, possibly not closed yet. */
    STRING,
    /** A number argument. */
    NUMBER,
    /** {@code true}, {@code false}, {@code none} or {@code inf} as an argument. */
    LITERAL,
    /** {@code ( ) , | =}. */
    PUNCTUATION,
    /** Blanks between tokens. */
    SPACE,
    /** A character no target may hold there. */
    UNKNOWN;

    /** The style class of its text in the editor, e.g. {@code tok-function}. */
    String styleClass() {
      return "tok-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether {@code offset} is inside this token (its end excluded). */
  boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
