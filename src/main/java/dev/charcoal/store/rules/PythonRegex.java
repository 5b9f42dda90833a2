package dev.charcoal.store.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Python {@code re} pattern, as carbon's rules files hold them, into a {@link Pattern}
 * that matches the same strings.
 *
 * <p>Most syntax is shared; this rewrites what is not. {@code (?P<name>…)} and {@code (?P=name)}
 * become a numbered group and back-reference; {@code (?#…)} comments are dropped; {@code \Z} is
 * Java's {@code \z}; {@code \v}, {@code \a}, {@code \U…}, octal escapes and {@code [\b]} become
 * code points; a {@code [} or {@code &} inside a class is literal (Java would nest or intersect);
 * a {@code {} that is not a repetition is literal (Java refuses it) and {@code {,n}} means {@code
 * {0,n}}. Escapes Python rejects ({@code \e}, {@code \h}, {@code \Q}…) are rejected too. Python's
 * Unicode-aware classes and its newline-only {@code .}/{@code $} come from {@link
 * Pattern#UNICODE_CHARACTER_CLASS} and {@link Pattern#UNIX_LINES}. Verbose mode ({@code (?x)}),
 * {@code (?L)} and conditional groups are refused rather than half-translated.
 */
public final class PythonRegex {
  private static final String WORD_BOUNDARY = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";
  // Python 3.11's \B never matches an empty string.
  private static final String NOT_WORD_BOUNDARY =
      "(?:(?!\\A\\z)(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w)))";
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

  private final String py;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> groupNames = new HashMap<>();
  private int groups;
  private int pos;

  /** Length of {@code out} while it holds nothing but global flags. */
  private int globalFlagsEnd;

  /** What the last item was, for Python's "nothing to repeat" and "multiple repeat" errors. */
  private enum Last {
    /** Start, {@code (}, {@code |} or an anchor: a quantifier here has nothing to repeat. */
    NOTHING,
    ATOM,
    /** A quantifier, which may still take one {@code ?} or {@code +}. */
    QUANTIFIER,
    /** A quantifier with its {@code ?} or {@code +}. */
    MODIFIED_QUANTIFIER
  }

  private Last last = Last.NOTHING;

  /** Group numbers of the groups still open (0 for non-capturing ones), innermost first. */
  private final Deque<Integer> open = new ArrayDeque<>();

  private PythonRegex(String py) {
    this.py = py;
  }

  /**
   * Compiles {@code python} with Python's semantics. Use {@link java.util.regex.Matcher#find()} for
   * carbon's unanchored {@code re.search}.
   *
   * @throws PatternSyntaxException naming the problem, for patterns Python or Java would refuse
   */
  public static Pattern compile(String python) {
    String java = translate(python);
    try {
      return Pattern.compile(java, FLAGS);
    } catch (PatternSyntaxException e) {
      throw new PatternSyntaxException(e.getDescription(), python, -1);
    }
  }

  /** The Java pattern text for {@code python} (exposed for tests). */
  static String translate(String python) {
    PythonRegex t = new PythonRegex(python);
    t.run();
    return t.out.toString();
  }

  private void run() {
    while (pos < py.length()) {
      char c = py.charAt(pos);
      switch (c) {
        case '\\' -> escape();
        case '[' -> {
          charClass();
          last = Last.ATOM;
        }
        case '(' -> group();
        case ')' -> {
          if (open.isEmpty()) {
            throw error("unbalanced parenthesis", pos);
          }
          open.pop();
          out.append(')');
          pos++;
          last = Last.ATOM;
        }
        case '{' -> brace();
        case '*', '+', '?' -> {
          quantifier(c);
          out.append(c);
          pos++;
        }
        case '|', '^', '$' -> {
          out.append(c);
          pos++;
          last = Last.NOTHING;
        }
        case '}', ']' -> {
          out.append('\\').append(c); // literal in Python; escaped so Java agrees
          pos++;
          last = Last.ATOM;
        }
        default -> {
          out.append(c);
          pos++;
          last = Last.ATOM;
        }
      }
    }
    if (!open.isEmpty()) {
      throw error("missing ), unterminated subpattern", py.length());
    }
  }

  /** Python refuses to repeat an anchor or to stack repetitions (Java allows both). */
  private void quantifier(char c) {
    switch (last) {
      case ATOM -> last = Last.QUANTIFIER;
      case QUANTIFIER -> {
        if (c != '?' && c != '+') {
          throw error("multiple repeat", pos);
        }
        last = Last.MODIFIED_QUANTIFIER;
      }
      case MODIFIED_QUANTIFIER -> throw error("multiple repeat", pos);
      case NOTHING -> throw error("nothing to repeat", pos);
    }
  }

  private void escape() {
    int start = pos;
    pos++; // the backslash
    if (pos >= py.length()) {
      throw error("bad escape (end of pattern)", start);
    }
    char d = py.charAt(pos);
    last = Last.ATOM;
    if (d >= '1' && d <= '9') {
      backReferenceOrOctal(start);
      return;
    }
    switch (d) {
      case 'A' -> {
        out.append("\\A");
        pos++;
        last = Last.NOTHING;
      }
      case 'b', 'B' -> {
        // Java 17's \b ignores UNICODE_CHARACTER_CLASS and (?-U); spelt out with \w, it agrees
        // with Python's word boundary in both Unicode and ASCII mode.
        out.append(d == 'b' ? WORD_BOUNDARY : NOT_WORD_BOUNDARY);
        pos++;
        last = Last.NOTHING;
      }
      case 'd', 'D', 's', 'S', 'w', 'W', 'f', 'n', 'r', 't' -> {
        out.append('\\').append(d);
        pos++;
      }
      case 'Z' -> {
        out.append("\\z"); // Python's \Z is the very end; Java's \Z allows a final newline
        pos++;
        last = Last.NOTHING;
      }
      default -> literal(commonEscape(start, d));
    }
  }

  /**
   * The escapes that mean one code point both in and out of a class; returns the code point, or
   * throws for an ASCII letter Python does not know. {@code pos} is on the escaped character.
   */
  private int commonEscape(int start, char d) {
    switch (d) {
      case 'a':
        pos++;
        return 0x07;
      case 'v':
        pos++;
        return 0x0B;
      case 'x':
        return hexDigits(start, 2);
      case 'u':
        return hexDigits(start, 4);
      case 'U':
        {
          int cp = hexDigits(start, 8);
          if (cp > Character.MAX_CODE_POINT) {
            throw error("bad escape \\U: not a code point", start);
          }
          return cp;
        }
      case 'N':
        return namedCharacter(start);
      case '0':
        return octal(start, 3);
      default:
        if (d < 128 && Character.isLetterOrDigit(d)) {
          throw error("bad escape \\" + d, start);
        }
        if (d < 128) {
          pos++;
          return d;
        }
        int cp = py.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }
  }

  private int hexDigits(int start, int count) {
    pos++; // the letter
    if (pos + count > py.length()) {
      throw error("incomplete escape " + py.substring(start), start);
    }
    String hex = py.substring(pos, pos + count);
    for (int i = 0; i < count; i++) {
      if (Character.digit(hex.charAt(i), 16) < 0 || hex.charAt(i) > 127) {
        throw error("incomplete escape " + py.substring(start, pos + i), start);
      }
    }
    pos += count;
    return (int) Long.parseLong(hex, 16);
  }

  private int namedCharacter(int start) {
    int open = pos + 1;
    int close = py.indexOf('}', open);
    if (open >= py.length() || py.charAt(open) != '{' || close < 0) {
      throw error("missing { or } in \\N escape", start);
    }
    try {
      int cp = Character.codePointOf(py.substring(open + 1, close));
      pos = close + 1;
      return cp;
    } catch (IllegalArgumentException e) {
      throw error("undefined character name " + py.substring(open, close + 1), start);
    }
  }

  /** Up to {@code maxDigits} octal digits starting at {@code pos}. */
  private int octal(int start, int maxDigits) {
    int value = 0;
    int n = 0;
    while (n < maxDigits && pos < py.length() && py.charAt(pos) >= '0' && py.charAt(pos) <= '7') {
      value = value * 8 + (py.charAt(pos) - '0');
      pos++;
      n++;
    }
    if (value > 0377) {
      throw error(
          "octal escape value " + py.substring(start, pos) + " outside of range 0-0o377", start);
    }
    return value;
  }

  /** Python's rule: three octal digits are a character, otherwise one or two digits a group. */
  private void backReferenceOrOctal(int start) {
    if (pos + 2 < py.length()
        && isOctal(py.charAt(pos))
        && isOctal(py.charAt(pos + 1))
        && isOctal(py.charAt(pos + 2))) {
      literal(octal(start, 3));
      return;
    }
    int group = py.charAt(pos) - '0';
    pos++;
    if (pos < py.length() && isAsciiDigit(py.charAt(pos))) {
      group = group * 10 + (py.charAt(pos) - '0');
      pos++;
    }
    if (group > groups) {
      throw error("invalid group reference " + group, start + 1);
    }
    backReference(group, start);
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private void backReference(int group, int start) {
    if (open.contains(group)) {
      throw error("cannot refer to an open group", start);
    }
    // Wrapped so that a following digit or quantifier cannot change its meaning in Java.
    out.append("(?:\\").append(group).append(')');
  }

  private void literal(int codePoint) {
    if (codePoint > ' ' && codePoint < 127 && !Character.isLetterOrDigit(codePoint)) {
      out.append('\\').append((char) codePoint); // Java allows escaping any punctuation
    } else {
      out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }
  }

  private void charClass() {
    int start = pos;
    out.append('[');
    pos++;
    if (pos < py.length() && py.charAt(pos) == '^') {
      out.append('^');
      pos++;
    }
    boolean first = true;
    while (true) {
      if (pos >= py.length()) {
        throw error("unterminated character set", start);
      }
      char c = py.charAt(pos);
      if (c == ']' && !first) {
        out.append(']');
        pos++;
        return;
      }
      first = false;
      switch (c) {
        case '\\' -> classEscape();
        case '[', '&', ']' -> {
          out.append('\\').append(c); // literal in a Python class; Java would nest or intersect
          pos++;
        }
        default -> {
          out.append(c);
          pos++;
        }
      }
    }
  }

  private void classEscape() {
    int start = pos;
    pos++;
    if (pos >= py.length()) {
      throw error("unterminated character set", start);
    }
    char d = py.charAt(pos);
    switch (d) {
      case 'd', 'D', 's', 'S', 'w', 'W', 'f', 'n', 'r', 't' -> {
        out.append('\\').append(d);
        pos++;
      }
      case 'b' -> {
        literal(0x08); // backspace inside a class, as in Python
        pos++;
      }
      case '1', '2', '3', '4', '5', '6', '7' -> literal(octal(start, 3));
      default -> literal(commonEscape(start, d));
    }
  }

  private void group() {
    int start = pos;
    if (!py.startsWith("(?", pos)) {
      groups++;
      open.push(groups);
      out.append('(');
      pos++;
      last = Last.NOTHING;
      return;
    }
    if (py.startsWith("(?P<", pos)) {
      int close = py.indexOf('>', pos + 4);
      if (close < 0) {
        throw error("missing >, unterminated name", start);
      }
      String name = py.substring(pos + 4, close);
      if (!isIdentifier(name)) {
        throw error("bad character in group name '" + name + "'", start);
      }
      if (groupNames.containsKey(name)) {
        throw error("redefinition of group name '" + name + "'", start);
      }
      groups++;
      groupNames.put(name, groups);
      open.push(groups);
      out.append('(');
      pos = close + 1;
      last = Last.NOTHING;
    } else if (py.startsWith("(?P=", pos)) {
      int close = py.indexOf(')', pos + 4);
      if (close < 0) {
        throw error("missing ), unterminated name", start);
      }
      String name = py.substring(pos + 4, close);
      Integer group = groupNames.get(name);
      if (group == null) {
        throw error("unknown group name '" + name + "'", start);
      }
      backReference(group, start);
      pos = close + 1;
      last = Last.ATOM;
    } else if (py.startsWith("(?#", pos)) {
      int close = py.indexOf(')', pos);
      if (close < 0) {
        throw error("missing ), unterminated comment", start);
      }
      pos = close + 1;
    } else if (py.startsWith("(?(", pos)) {
      throw error("conditional groups (?(...)yes|no) are not supported", start);
    } else if (py.startsWith("(?:", pos)
        || py.startsWith("(?=", pos)
        || py.startsWith("(?!", pos)
        || py.startsWith("(?<=", pos)
        || py.startsWith("(?<!", pos)
        || py.startsWith("(?>", pos)) {
      int len = py.startsWith("(?<", pos) ? 4 : 3;
      out.append(py, pos, pos + len);
      pos += len;
      open.push(0);
      last = Last.NOTHING;
    } else {
      inlineFlags(start);
    }
  }

  /** {@code (?aimsux)} or scoped {@code (?aimsux-imsx:...)}. */
  private void inlineFlags(int start) {
    pos += 2;
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    StringBuilder target = on;
    while (pos < py.length()) {
      char f = py.charAt(pos);
      pos++;
      switch (f) {
        case 'i', 'm', 's' -> target.append(f);
        case 'u' -> {
          // Unicode matching is already the default.
        }
        case 'a' -> {
          if (target == off) {
            throw error("bad inline flags: cannot turn off flag 'a'", start);
          }
          off.append('U'); // ASCII-only \w, \d, \s
        }
        case 'x' -> throw error("verbose mode (?x) is not supported", start);
        case 'L' -> throw error("bad inline flags: cannot use 'L' flag with a str pattern", start);
        case '-' -> {
          if (target == off) {
            throw error("bad inline flags", start);
          }
          target = off;
        }
        case ')', ':' -> {
          boolean global = f == ')';
          if (global && out.length() != globalFlagsEnd) {
            // Python 3.11 refuses this; Java would apply the flags from here on only.
            throw error("global flags not at the start of the expression", start);
          }
          out.append("(?").append(on);
          if (off.length() > 0) {
            out.append('-').append(off);
          }
          out.append(f);
          if (global) {
            globalFlagsEnd = out.length();
          } else {
            open.push(0);
            last = Last.NOTHING;
          }
          return;
        }
        default -> throw error("unknown extension ?" + f, start);
      }
    }
    throw error("missing -, : or )", start);
  }

  /** Python's {@code {m,n}} rules: a repetition if it parses as one, else a literal brace. */
  private void brace() {
    int i = pos + 1;
    int loStart = i;
    while (i < py.length() && isAsciiDigit(py.charAt(i))) {
      i++;
    }
    String lo = py.substring(loStart, i);
    String hi = null;
    if (i < py.length() && py.charAt(i) == ',') {
      i++;
      int hiStart = i;
      while (i < py.length() && isAsciiDigit(py.charAt(i))) {
        i++;
      }
      hi = py.substring(hiStart, i);
    }
    boolean repetition = i < py.length() && py.charAt(i) == '}' && !(lo.isEmpty() && hi == null);
    if (!repetition) {
      out.append("\\{");
      pos++;
      last = Last.ATOM;
      return;
    }
    quantifier('{');
    out.append('{').append(lo.isEmpty() ? "0" : lo);
    if (hi != null) {
      out.append(',').append(hi);
    }
    out.append('}');
    pos = i + 1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(cp -> cp != '$' && Character.isJavaIdentifierPart(cp));
  }

  private PatternSyntaxException error(String description, int index) {
    return new PatternSyntaxException(description, py, index);
  }
}
