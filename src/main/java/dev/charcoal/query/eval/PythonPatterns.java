package dev.charcoal.query.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Python pattern text to Java pattern text, as Python 3.11's sre_parse reads it (see {@link
 * PythonRegex} for what differs); raises {@link EvalException} where Python raises {@code
 * re.error}. One instance translates one pattern.
 */
final class PythonPatterns {
  static final int MAX_OCTAL = 0377;

  /** The kinds of pattern item that matter to a following repeat. */
  private enum Item {
    NOTHING,
    ATOM,
    REPEAT
  }

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> names = new HashMap<>();

  /** Open groups: a capturing group's number, or 0. */
  private final Deque<Integer> open = new ArrayDeque<>();

  private int pos;
  private int groups;
  private boolean verbose;
  private boolean ascii;

  /** What the last item was, for Python's checks of repeats. */
  private Item last = Item.NOTHING;

  /** Where the global flags at the start end: later ones are an error, as in Python. */
  private int globalFlagsEnd;

  PythonPatterns(String source) {
    this.source = source;
  }

  /** The number of capturing groups (after {@link #translate}). */
  int groups() {
    return groups;
  }

  /** Group name → number, for {@code \g<name>} in a replacement (after {@link #translate}). */
  Map<String, Integer> names() {
    return names;
  }

  /** Whether the pattern asked for ASCII classes with {@code (?a)} (after {@link #translate}). */
  boolean ascii() {
    return ascii;
  }

  String translate() throws EvalException {
    while (pos < source.length()) {
      int c = next();
      switch (c) {
        case '\\' -> escape();
        case '[' -> {
          characterClass();
          last = Item.ATOM;
        }
        case '(' -> openGroup();
        case ')' -> {
          if (open.isEmpty()) {
            throw error("unbalanced parenthesis");
          }
          open.pop();
          out.append(')');
          last = Item.ATOM;
        }
        case '|', '^', '$' -> {
          out.appendCodePoint(c);
          last = Item.NOTHING;
        }
        case '*', '+', '?' -> repeat(Character.toString(c));
        case '{' -> brace();
        case '}' -> {
          out.append("\\}");
          last = Item.ATOM;
        }
        case '#' -> {
          if (verbose) {
            while (pos < source.length() && next() != '\n') {
              // a comment runs to the end of the line
            }
          } else {
            out.append('#');
            last = Item.ATOM;
          }
        }
        default -> {
          if (!verbose || !isVerboseSpace(c)) {
            out.appendCodePoint(c);
            last = Item.ATOM;
          }
        }
      }
    }
    if (!open.isEmpty()) {
      throw error("missing ), unterminated subpattern");
    }
    return out.toString();
  }

  /**
   * A repeat of the last item, with its lazy {@code ?} or possessive {@code +}. Python refuses to
   * repeat nothing or an anchor ({@code ^*}, {@code \\b+}) and to repeat a repeat; Java would
   * accept some of these.
   */
  private void repeat(String quantifier) throws EvalException {
    if (last == Item.NOTHING) {
      throw error("nothing to repeat");
    }
    if (last == Item.REPEAT) {
      throw error("multiple repeat");
    }
    out.append(quantifier);
    if (accept('?')) {
      out.append('?');
    } else if (accept('+')) {
      out.append('+');
    }
    last = Item.REPEAT;
  }

  private int next() {
    int c = source.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }

  private int peek() {
    return pos < source.length() ? source.codePointAt(pos) : -1;
  }

  private boolean accept(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void escape() throws EvalException {
    if (pos >= source.length()) {
      throw error("bad escape (end of pattern)");
    }
    int c = next();
    last = c == 'A' || c == 'b' || c == 'B' || c == 'Z' ? Item.NOTHING : Item.ATOM;
    switch (c) {
      case 'd', 'D', 's', 'S', 'w', 'W' -> out.append('\\').appendCodePoint(c);
      case 'A', 'b' -> out.append('\\').appendCodePoint(c);
      // Python's \B never matches in an empty string.
      case 'B' -> out.append("(?:\\B(?!\\A\\z))");
      case 'Z' -> out.append("\\z");
      case '0' -> literal(octal(c, 2));
      default -> {
        if (isDigit(c)) {
          digitEscape(c);
        } else {
          literal(escapedCharacter(c));
        }
      }
    }
  }

  /** {@code \12}: a group reference, or three octal digits. */
  private void digitEscape(int first) throws EvalException {
    int group = first - '0';
    if (isDigit(peek())) {
      int second = next();
      if (isOctal(first) && isOctal(second) && isOctal(peek())) {
        int code = (first - '0') * 64 + (second - '0') * 8 + (next() - '0');
        if (code > MAX_OCTAL) {
          throw error("octal escape value outside of range 0-0o377");
        }
        literal(code);
        return;
      }
      group = group * 10 + second - '0';
    }
    backReference(group);
  }

  private void backReference(int group) throws EvalException {
    if (group > groups) {
      throw error("invalid group reference " + group);
    }
    if (open.contains(group)) {
      throw error("cannot refer to an open group");
    }
    out.append("(?:\\").append(group).append(')');
    last = Item.ATOM;
  }

  /** The code point of {@code \c} read as a literal (not a class or an anchor). */
  private int escapedCharacter(int c) throws EvalException {
    String simple = characterEscape(c);
    if (simple != null) {
      return simple.charAt(0);
    }
    return switch (c) {
      case 'x' -> hex(2);
      case 'u' -> hex(4);
      case 'U' -> {
        int code = hex(8);
        if (code > Character.MAX_CODE_POINT) {
          throw error("bad escape \\U");
        }
        yield code;
      }
      case 'N' -> namedCharacter();
      default -> {
        if (isAsciiLetter(c) || isDigit(c)) {
          throw error("bad escape \\" + Character.toString(c));
        }
        yield c;
      }
    };
  }

  private int octal(int first, int more) {
    int code = first - '0';
    for (int i = 0; i < more && isOctal(peek()); i++) {
      code = code * 8 + next() - '0';
    }
    return code;
  }

  private int hex(int digits) throws EvalException {
    int end = pos;
    while (end < source.length() && end - pos < digits && isHex(source.charAt(end))) {
      end++;
    }
    if (end - pos != digits) {
      throw error("incomplete escape");
    }
    long code = Long.parseLong(source.substring(pos, end), 16);
    pos = end;
    return (int) Math.min(code, Integer.MAX_VALUE);
  }

  private int namedCharacter() throws EvalException {
    int close = source.indexOf('}', pos);
    if (!accept('{') || close < 0) {
      throw error("missing {");
    }
    String name = source.substring(pos, close);
    pos = close + 1;
    try {
      return Character.codePointOf(name);
    } catch (IllegalArgumentException unknown) {
      throw error("undefined character name " + PythonFormat.repr(name));
    }
  }

  private void literal(int codePoint) {
    last = Item.ATOM;
    out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
  }

  /** A class: every member written as a code point, so no character means more than itself. */
  private void characterClass() throws EvalException {
    out.append('[');
    if (accept('^')) {
      out.append('^');
    }
    boolean empty = true;
    while (true) {
      if (pos >= source.length()) {
        throw error("unterminated character set");
      }
      int c = next();
      if (c == ']' && !empty) {
        break;
      }
      empty = false;
      String category = null;
      int low;
      if (c == '\\') {
        category = classCategory();
        low = category == null ? classEscape() : -1;
      } else {
        low = c;
      }
      if (peek() == '-') {
        pos++;
        if (pos >= source.length()) {
          throw error("unterminated character set");
        }
        int d = next();
        if (d == ']') {
          appendMember(category, low);
          literal('-');
          break;
        }
        String highCategory = null;
        int high;
        if (d == '\\') {
          highCategory = classCategory();
          high = highCategory == null ? classEscape() : -1;
        } else {
          high = d;
        }
        if (category != null || highCategory != null || high < low) {
          throw error("bad character range");
        }
        literal(low);
        out.append('-');
        literal(high);
      } else {
        appendMember(category, low);
      }
    }
    out.append(']');
  }

  private void appendMember(String category, int codePoint) {
    if (category != null) {
      out.append(category);
    } else {
      literal(codePoint);
    }
  }

  /** {@code \d}-style classes inside a class, else null (nothing consumed). */
  private String classCategory() {
    int c = peek();
    if (c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W') {
      pos++;
      return "\\" + (char) c;
    }
    return null;
  }

  private int classEscape() throws EvalException {
    if (pos >= source.length()) {
      throw error("bad escape (end of pattern)");
    }
    int c = next();
    if (isOctal(c)) {
      int code = octal(c, 2);
      if (code > MAX_OCTAL) {
        throw error("octal escape value outside of range 0-0o377");
      }
      return code;
    }
    return escapedCharacter(c);
  }

  private void openGroup() throws EvalException {
    if (!accept('?')) {
      open.push(++groups);
      out.append('(');
      last = Item.NOTHING;
      return;
    }
    int c = peek();
    if (c == 'P') {
      pos++;
      if (accept('<')) {
        String name = until('>', "missing >, unterminated name");
        if (!isIdentifier(name)) {
          throw error("bad character in group name " + PythonFormat.repr(name));
        }
        if (names.containsKey(name)) {
          throw error("redefinition of group name " + PythonFormat.repr(name));
        }
        names.put(name, ++groups);
        open.push(groups);
        out.append('(');
        last = Item.NOTHING;
      } else if (accept('=')) {
        String name = until(')', "missing ), unterminated name");
        Integer group = names.get(name);
        if (group == null) {
          throw error("unknown group name " + PythonFormat.repr(name));
        }
        backReference(group);
      } else {
        throw error("unknown extension ?P");
      }
    } else if (c == ':' || c == '=' || c == '!' || c == '>') {
      pos++;
      open.push(0);
      out.append("(?").appendCodePoint(c);
      last = Item.NOTHING;
    } else if (c == '<') {
      pos++;
      int d = pos < source.length() ? next() : -1;
      if (d != '=' && d != '!') {
        throw error("unknown extension ?<");
      }
      open.push(0);
      out.append("(?<").appendCodePoint(d);
      last = Item.NOTHING;
    } else if (c == '#') {
      until(')', "missing ), unterminated comment");
    } else if (c == '(') {
      throw error("conditional groups (?(...)...) are not supported");
    } else {
      flags();
    }
  }

  /** {@code (?aiLmsux)} for the whole pattern, or {@code (?i-s:...)} for a group. */
  private void flags() throws EvalException {
    boolean atStart = out.length() == globalFlagsEnd && open.isEmpty();
    StringBuilder java = new StringBuilder();
    boolean negative = false;
    while (true) {
      if (pos >= source.length()) {
        throw error("missing -, : or )");
      }
      int c = next();
      if (c == ')' && !negative) {
        if (!atStart) {
          throw error("global flags not at the start of the expression");
        }
        if (!java.isEmpty()) {
          out.append("(?").append(java).append(')');
        }
        globalFlagsEnd = out.length();
        return;
      }
      if (c == ':') {
        open.push(0);
        out.append("(?").append(java).append(':');
        last = Item.NOTHING;
        return;
      }
      if (c == '-' && !negative) {
        negative = true;
        java.append('-');
        continue;
      }
      switch (c) {
        case 'i', 'm', 's' -> java.appendCodePoint(c);
        case 'x' -> {
          if (!negative && peekGlobalEnd()) {
            verbose = true;
          } else {
            java.append('x');
          }
        }
        case 'a' -> ascii = true;
        case 'u' -> {
          // Unicode matching is already the default for str patterns.
        }
        case 'L' -> throw error("bad inline flag: cannot use 'L' flag with a str pattern");
        default -> throw error("unknown flag");
      }
    }
  }

  /** Whether the flag group being read ends with {@code )} (global), not {@code :}. */
  private boolean peekGlobalEnd() {
    for (int i = pos; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == ')') {
        return true;
      }
      if (c == ':' || c == '-') {
        return false;
      }
    }
    return false;
  }

  private String until(char end, String missing) throws EvalException {
    int close = source.indexOf(end, pos);
    if (close < 0) {
      throw error(missing);
    }
    String text = source.substring(pos, close);
    pos = close + 1;
    return text;
  }

  /** {@code {m,n}} is a repeat (m or n may be missing); anything else is a literal brace. */
  private void brace() throws EvalException {
    int i = digitsEnd(pos);
    String low = source.substring(pos, i);
    String repeat = low;
    if (i < source.length() && source.charAt(i) == ',') {
      int h = i + 1;
      i = digitsEnd(h);
      repeat = (low.isEmpty() ? "0" : low) + "," + source.substring(h, i);
    } else if (low.isEmpty()) {
      i = source.length();
    }
    if (i < source.length() && source.charAt(i) == '}') {
      pos = i + 1;
      repeat("{" + repeat + "}");
    } else {
      out.append("\\{");
      last = Item.ATOM;
    }
  }

  private int digitsEnd(int from) {
    int i = from;
    while (i < source.length() && isDigit(source.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean isVerboseSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private EvalException error(String message) {
    return new EvalException(
        "invalid regular expression " + PythonFormat.repr(source) + ": " + message);
  }

  /** The character of a one-letter escape both a pattern and a template know, else null. */
  static String characterEscape(int c) {
    return switch (c) {
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      case 'v' -> "\u000b";
      case '\\' -> "\\";
      default -> null;
    };
  }

  static int octalEnd(String s, int from, int max) {
    int end = from;
    while (end < s.length() && end - from < max && isOctal(s.charAt(end))) {
      end++;
    }
    return end;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isOctal(int c) {
    return c >= '0' && c <= '7';
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Python's {@code str.isidentifier()}, near enough for group names. */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    return (first == '_' || Character.isUnicodeIdentifierStart(first))
        && name.codePoints()
            .allMatch(
                c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
  }
}
