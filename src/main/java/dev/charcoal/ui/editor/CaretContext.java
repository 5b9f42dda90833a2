package dev.charcoal.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the caret is in, read from the text being typed: the word to complete, and the innermost
 * call whose arguments it is in (for the signature popup).
 */
final class CaretContext {
  /** Characters that may not appear before the last dot for the tree to complete the segment. */
  private static final String GLOB_CHARS = "*?[]{}\\";

  private CaretContext() {}

  /**
   * The word a completion replaces.
   *
   * @param start where the replaced text starts (the start of the last path segment)
   * @param end where it ends (after the caret, up to the end of that segment)
   * @param parent the path before the segment ({@code servers.web1} in {@code servers.web1.cp}),
   *     {@code ""} at the top level
   * @param partial the segment's text before the caret ({@code cp})
   * @param topLevel no dot before the caret: a function name or a root node
   */
  record Word(int start, int end, String parent, String partial, boolean topLevel) {
    /** Whether a function name could be meant: a top-level word that is an identifier so far. */
    boolean mayBeFunction() {
      if (!topLevel) {
        return false;
      }
      for (int i = 0; i < partial.length(); i++) {
        char c = partial.charAt(i);
        if (i == 0 ? !TargetLexer.isIdentifierStart(c) : !TargetLexer.isIdentifierPart(c)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A call the caret is inside.
   *
   * @param name the function's name
   * @param nameStart where the name starts in the text
   * @param argument the 0-based argument the caret is in, counting a piped call's input as the
   *     first
   * @param keyword the keyword argument the caret is in, or null
   */
  record CallAt(String name, int nameStart, int argument, String keyword) {}

  /**
   * The word at {@code caret} that completion would replace, or null when the caret is in a string,
   * a number, or after a glob (the tree cannot list the children of {@code a.*}).
   */
  static Word word(String text, int caret) {
    if (caret < 0 || caret > text.length() || inStringOrNumber(text, caret)) {
      return null;
    }
    int start = caret;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    int end = caret;
    while (end < text.length() && isWordChar(text.charAt(end)) && text.charAt(end) != '.') {
      end++;
    }
    String before = text.substring(start, caret);
    int dot = before.lastIndexOf('.');
    if (dot < 0) {
      return new Word(start, end, "", before, true);
    }
    String parent = before.substring(0, dot);
    if (parent.isEmpty() || parent.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
      return null;
    }
    return new Word(start + dot + 1, end, parent, before.substring(dot + 1), false);
  }

  /** The innermost call whose parentheses hold {@code caret}, or null. */
  static CallAt call(String text, int caret) {
    List<Token> tokens = TargetLexer.tokens(text);
    Deque<Frame> open = new ArrayDeque<>();
    Token previous = null; // the last token that is not a space
    Token beforePrevious = null;
    for (Token token : tokens) {
      if (token.start() >= caret) {
        break;
      }
      if (token.kind() == Token.Kind.PARAMETER && !open.isEmpty()) {
        open.peek().keyword = text.substring(token.start(), token.end());
      } else if (token.kind() == Token.Kind.PUNCTUATION) {
        char c = text.charAt(token.start());
        if (c == '(') {
          boolean named = previous != null && previous.kind() == Token.Kind.FUNCTION;
          boolean piped =
              named && beforePrevious != null && text.charAt(beforePrevious.start()) == '|';
          open.push(
              named
                  ? new Frame(
                      text.substring(previous.start(), previous.end()), previous.start(), piped)
                  : new Frame(null, token.start(), false));
        } else if (c == ')' && !open.isEmpty()) {
          open.pop();
        } else if (c == ',' && !open.isEmpty()) {
          open.peek().argument++;
          open.peek().keyword = null;
        }
      }
      if (token.kind() != Token.Kind.SPACE) {
        beforePrevious = previous;
        previous = token;
      }
    }
    Frame frame = open.peek();
    if (frame == null || frame.name == null) {
      return null;
    }
    return new CallAt(
        frame.name, frame.nameStart, frame.argument + (frame.piped ? 1 : 0), frame.keyword);
  }

  private static final class Frame {
    final String name;
    final int nameStart;
    final boolean piped;
    int argument;
    String keyword;

    Frame(String name, int nameStart, boolean piped) {
      this.name = name;
      this.nameStart = nameStart;
      this.piped = piped;
    }
  }

  private static boolean isWordChar(char c) {
    // '=' ends a keyword argument's name; it is a metric character otherwise, but rare enough
    return (TargetLexer.isMetricChar(c) || c == '.') && c != '=';
  }

  private static boolean inStringOrNumber(String text, int caret) {
    for (Token token : TargetLexer.tokens(text)) {
      if (token.start() >= caret) {
        return false;
      }
      boolean touches = caret < token.end() || caret == token.end();
      if (!touches) {
        continue;
      }
      if (token.kind() == Token.Kind.STRING) {
        // inside, or right after an unclosed one
        return caret < token.end() || !closed(text, token);
      }
      if (token.kind() == Token.Kind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  private static boolean closed(String text, Token string) {
    return string.end() - string.start() >= 2
        && text.charAt(string.end() - 1) == text.charAt(string.start());
  }
}
