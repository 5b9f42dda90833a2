package dev.charcoal.model.regex;

/**
 * An inline flags group read as Python's {@code _parse_flags} reads it: {@code (?aiLmsux)} for the
 * whole pattern ({@code global}), or {@code (?aiLmsux-imsx:} for one group; flags as Python
 * letters.
 */
record InlineFlags(String on, String off, boolean global) {
  private static final String LETTERS = "iLmsxatu";
  private static final String TYPE_FLAGS = "auL";

  /** Flags that only make sense for the whole pattern ({@code t}emplate; debug has no letter). */
  private static final String GLOBAL_ONLY = "t";

  /** Reads the flags after {@code (?}, {@code first} being the first flag (or {@code -}). */
  static InlineFlags read(Source source, int first) {
    StringBuilder on = new StringBuilder();
    int c = first;
    if (c != '-') {
      while (true) {
        if (c == 'L') {
          throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        }
        on.append((char) c);
        if (TYPE_FLAGS.indexOf(c) >= 0 && typeFlags(on) > 1) {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = source.get();
        if (c == Source.END) {
          throw source.error("missing -, : or )", 0);
        }
        if (c == ')' || c == '-' || c == ':') {
          break;
        }
        if (!isFlag(c)) {
          throw source.error(isAlpha(c) ? "unknown flag" : "missing -, : or )", Source.length(c));
        }
      }
    }
    if (c == ')') {
      return new InlineFlags(on.toString(), "", true);
    }
    if (containsAny(on, GLOBAL_ONLY)) {
      throw source.error("bad inline flags: cannot turn on global flag", 1);
    }
    StringBuilder off = new StringBuilder();
    if (c == '-') {
      c = source.get();
      if (c == Source.END) {
        throw source.error("missing flag", 0);
      }
      if (!isFlag(c)) {
        throw source.error(isAlpha(c) ? "unknown flag" : "missing flag", Source.length(c));
      }
      while (true) {
        if (TYPE_FLAGS.indexOf(c) >= 0) {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        off.append((char) c);
        c = source.get();
        if (c == Source.END) {
          throw source.error("missing :", 0);
        }
        if (c == ':') {
          break;
        }
        if (!isFlag(c)) {
          throw source.error(isAlpha(c) ? "unknown flag" : "missing :", Source.length(c));
        }
      }
    }
    if (containsAny(off, GLOBAL_ONLY)) {
      throw source.error("bad inline flags: cannot turn off global flag", 1);
    }
    if (containsAny(on, off.toString())) {
      throw source.error("bad inline flags: flag turned on and off", 1);
    }
    return new InlineFlags(on.toString(), off.toString(), false);
  }

  /** Whether a token is one of Python's flag letters. */
  static boolean isFlag(int token) {
    return token >= 0 && token < 128 && LETTERS.indexOf(token) >= 0;
  }

  /** Python's {@code str.isalpha()} for one token. */
  private static boolean isAlpha(int token) {
    return !Source.isEscape(token) && Character.isLetter(token);
  }

  private static int typeFlags(StringBuilder flags) {
    int n = 0;
    for (int i = 0; i < TYPE_FLAGS.length(); i++) {
      n += flags.indexOf(TYPE_FLAGS.substring(i, i + 1)) >= 0 ? 1 : 0;
    }
    return n;
  }

  private static boolean containsAny(StringBuilder s, String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (s.indexOf(letters.substring(i, i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
