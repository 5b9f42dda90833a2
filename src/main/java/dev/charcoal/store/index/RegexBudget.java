package dev.charcoal.store.index;

import java.util.regex.Pattern;

/**
 * Runs user regexes (tag expressions, {@code /tags} filters) with a bound on the work: every
 * character the engine reads is counted, and past {@link #MAX_STEPS} for one request the match
 * fails with a message instead of backtracking for hours ({@code (a*)*b} against a long value).
 * Python would hang too; a server must not. Not thread-safe: one budget per request.
 */
final class RegexBudget {
  /** About a second of matching; an ordinary query over 100,000 values reads a few million. */
  static final long MAX_STEPS = 50_000_000L;

  private final long steps;
  private long left;

  RegexBudget(long steps) {
    this.steps = steps;
    this.left = steps;
  }

  /** Python's {@code re.search}: a match anywhere. */
  boolean search(Pattern pattern, String text) {
    return pattern.matcher(new Counted(text)).find();
  }

  /** Python's {@code re.match}: a match at the start. */
  boolean match(Pattern pattern, String text) {
    return pattern.matcher(new Counted(text)).lookingAt();
  }

  /** The text, counting each character read against the budget. */
  private final class Counted implements CharSequence {
    private final String text;

    Counted(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new IllegalArgumentException(
            "regular expression needs more than "
                + steps
                + " steps to match (catastrophic backtracking?); simplify it");
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Counted(text.substring(start, end));
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
