package dev.charcoal.model.regex;

import java.util.regex.PatternSyntaxException;

/**
 * A pattern Python's {@code re.compile} refuses (or that Java cannot run), as Python reports it:
 * {@link #getDescription()} is {@code re.error.msg}, {@link #getIndex()} its {@code pos} in code
 * points (-1 when Python gives none), and {@link #getMessage()} is {@code str(re.error)}, e.g.
 * {@code missing ), unterminated subpattern at position 3}. Being a {@link PatternSyntaxException},
 * callers that compile Java patterns handle it as they already do.
 */
public final class PythonPatternException extends PatternSyntaxException {
  private static final long serialVersionUID = 1L;

  /**
   * @param description Python's message without the position
   * @param pattern the Python pattern
   * @param index the position in code points, or -1
   */
  public PythonPatternException(String description, String pattern, int index) {
    super(description, pattern, index);
  }

  /**
   * Python's {@code str(re.error)}: the message, its position, and line and column if multiline.
   */
  @Override
  public String getMessage() {
    int pos = getIndex();
    if (pos < 0) {
      return getDescription();
    }
    String message = getDescription() + " at position " + pos;
    String pattern = getPattern();
    if (pattern.indexOf('\n') < 0) {
      return message;
    }
    int end = pattern.offsetByCodePoints(0, Math.min(pos, Source.length(pattern)));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (pattern.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = pattern.codePointCount(lineStart, end) + 1;
    return message + " (line " + line + ", column " + column + ")";
  }
}
