package dev.charcoal.query.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python 3.11 {@code re} pattern run by {@code java.util.regex}, for the functions that take a
 * user's regular expression (grep, exclude, aliasSub, aliasQuery, useSeriesAbove). The pattern is
 * translated where the two dialects differ: a {@code [} inside a class and {@code &&} are literals
 * in Python, a {@code {} that does not start a repeat is a literal, {@code {,n}} means {@code
 * {0,n}}, {@code (?P<name>)} and {@code (?P=name)} name groups, {@code (?#...)} is a comment,
 * {@code \Z} is Java's {@code \z}, {@code \v} a character, {@code \d}, {@code \w}, {@code \s} and
 * case folding are Unicode-aware, {@code .} stops only at {@code \n}; an unknown escape of an ASCII
 * letter is an error as in Python. {@link #sub} follows Python's replacement template ({@code \1},
 * {@code \g<name>}, octal and character escapes; {@code $} is a plain character) and its handling
 * of empty matches. Conditional groups {@code (?(1)a|b)} are not supported.
 */
public final class PythonRegex {
  private static final int BASE_FLAGS =
      Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
  private static final int MAX_OCTAL = 0377;

  private final Pattern pattern;

  /** The same pattern, matching only where the match is not empty (see {@link #sub}). */
  private final Pattern nonEmpty;

  private final int groups;
  private final Map<String, Integer> groupNames;

  private PythonRegex(Pattern pattern, Pattern nonEmpty, int groups, Map<String, Integer> names) {
    this.pattern = pattern;
    this.nonEmpty = nonEmpty;
    this.groups = groups;
    this.groupNames = names;
  }

  /**
   * Compiles a Python pattern.
   *
   * @throws EvalException where Python's {@code re.compile} raises {@code re.error}
   */
  public static PythonRegex compile(String source) throws EvalException {
    Translator translator = new Translator(source);
    String java = translator.translate();
    try {
      int flags = BASE_FLAGS & ~(translator.ascii ? Pattern.UNICODE_CHARACTER_CLASS : 0);
      return new PythonRegex(
          Pattern.compile(java, flags),
          Pattern.compile("(?:" + java + ")(?!\\G)", flags),
          translator.groups,
          translator.names);
    } catch (PatternSyntaxException e) {
      throw new EvalException(
          "invalid regular expression " + PythonFormat.repr(source) + ": " + e.getDescription());
    }
  }

  /** Python's {@code regex.search(text) is not None}. */
  public boolean search(CharSequence text) {
    return pattern.matcher(text).find();
  }

  /**
   * Python's {@code re.sub(pattern, replacement, text)}: every match replaced, an empty match
   * included right after a non-empty one, never two at the same place.
   *
   * @throws EvalException for a replacement Python refuses (a bad escape, an unknown group)
   */
  public String sub(String replacement, String text) throws EvalException {
    List<Object> template = parseTemplate(replacement);
    Matcher any = pattern.matcher(text);
    Matcher longer = nonEmpty.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int pos = 0;
    boolean mustAdvance = false;
    while (pos <= text.length()) {
      Matcher match;
      if (!mustAdvance) {
        match = any.find(pos) ? any : null;
      } else if (longer.region(pos, text.length()).lookingAt()) {
        match = longer;
      } else {
        match = pos < text.length() && any.find(pos + 1) ? any : null;
      }
      if (match == null) {
        break;
      }
      out.append(text, copied, match.start());
      for (Object part : template) {
        if (part instanceof Integer group) {
          String value = match.group(group);
          out.append(value == null ? "" : value);
        } else {
          out.append((String) part);
        }
      }
      copied = match.end();
      mustAdvance = match.start() == match.end();
      pos = match.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The replacement as literals ({@code String}) and group numbers ({@code Integer}). */
  private List<Object> parseTemplate(String replacement) throws EvalException {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < replacement.length()) {
      char c = replacement.charAt(i++);
      if (c != '\\') {
        literal.append(c);
        continue;
      }
      if (i >= replacement.length()) {
        throw templateError("bad escape (end of pattern)");
      }
      char e = replacement.charAt(i++);
      int group = -1;
      if (e == 'g') {
        int close = replacement.indexOf('>', i);
        if (i >= replacement.length() || replacement.charAt(i) != '<') {
          throw templateError("missing <");
        }
        if (close < 0) {
          throw templateError("missing >, unterminated name");
        }
        String name = replacement.substring(i + 1, close);
        i = close + 1;
        group = groupByName(name);
      } else if (e == '0') {
        int end = octalEnd(replacement, i, 2);
        literal.append((char) (Integer.parseInt(replacement.substring(i - 1, end), 8) & 0xff));
        i = end;
      } else if (isDigit(e)) {
        if (i < replacement.length() && isDigit(replacement.charAt(i))) {
          char second = replacement.charAt(i++);
          if (isOctal(e)
              && isOctal(second)
              && i < replacement.length()
              && isOctal(replacement.charAt(i))) {
            int code = Integer.parseInt(replacement.substring(i - 2, i + 1), 8);
            if (code > MAX_OCTAL) {
              throw templateError("octal escape value outside of range 0-0o377");
            }
            literal.append((char) code);
            i++;
            continue;
          }
          group = (e - '0') * 10 + (second - '0');
        } else {
          group = e - '0';
        }
      } else {
        String escaped = characterEscape(e);
        if (escaped != null) {
          literal.append(escaped);
        } else if (isAsciiLetter(e)) {
          throw templateError("bad escape \\" + e);
        } else {
          literal.append('\\').append(e);
        }
      }
      if (group >= 0) {
        if (group > groups) {
          throw templateError("invalid group reference " + group);
        }
        if (!literal.isEmpty()) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(group);
      }
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return parts;
  }

  private int groupByName(String name) throws EvalException {
    if (isIdentifier(name)) {
      Integer index = groupNames.get(name);
      if (index == null) {
        throw new EvalException("unknown group name " + PythonFormat.repr(name));
      }
      return index;
    }
    if (name.isEmpty() || !name.chars().allMatch(PythonRegex::isDigit)) {
      throw templateError("bad character in group name " + PythonFormat.repr(name));
    }
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException tooBig) {
      throw templateError("invalid group reference " + name);
    }
  }

  private static EvalException templateError(String message) {
    return new EvalException("invalid replacement: " + message);
  }

  /** The character of a one-letter escape both a pattern and a template know, else null. */
  private static String characterEscape(int c) {
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

  private static int octalEnd(String s, int from, int max) {
    int end = from;
    while (end < s.length() && end - from < max && isOctal(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isOctal(int c) {
    return c >= '0' && c <= '7';
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Python's {@code str.isidentifier()}, near enough for group names. */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    return (first == '_' || Character.isUnicodeIdentifierStart(first))
        && name.codePoints()
            .allMatch(
                c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
  }

  /** The kinds of pattern item that matter to a following repeat. */
  private enum Item {
    NOTHING,
    ATOM,
    REPEAT
  }

  /** Python pattern text to Java pattern text, as Python's sre_parse reads it. */
  private static final class Translator {
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

    Translator(String source) {
      this.source = source;
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
  }
}
