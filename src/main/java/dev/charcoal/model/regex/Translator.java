package dev.charcoal.model.regex;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Python pattern as Python 3.11's {@code re._parser} does, token by token in one pass, and
 * writes the Java pattern as it goes. It keeps just enough of Python's parse state to raise the
 * same errors at the same positions: the kind of the last item (for "nothing to repeat" and
 * "multiple repeat"), the open groups, the closed ones (back-references) and their widths (for
 * look-behinds), the flags in force.
 */
final class Translator {
  /** Python's {@code MAXGROUPS}. */
  private static final BigInteger MAX_GROUPS = BigInteger.valueOf(1073741823);

  /** Python's verbose-mode whitespace. */
  private static final String VERBOSE_SPACE = " \t\n\r\u000b\f";

  /** The last item of the current branch, as Python's repeat checks see it. */
  private enum Item {
    NONE,
    ANCHOR,
    REPEAT,
    OTHER
  }

  private final String python;
  private final Source source;
  private final StringBuilder out;
  private final Map<String, Integer> names = new HashMap<>();
  private final Deque<Group> open = new ArrayDeque<>();

  /** The whole pattern, as the group around every other. */
  private final Group whole = new Group(0, 0, Group.Kind.PLAIN, Mode.DEFAULT, -1);

  /** The innermost open group, or {@link #whole}. */
  private Group current = whole;

  /** The widths of the closed capturing groups, min and max, by number (null while open). */
  private final List<long[]> groupWidths = new ArrayList<>(List.of(new long[2]));

  private Mode mode = Mode.DEFAULT;
  private Item last = Item.NONE;
  private int groups;

  /** Whether a {@code |} was seen outside every group: global flags may no longer come. */
  private boolean topLevelBranched;

  /** Python's {@code state.lookbehindgroups}: the first group number inside a look-behind. */
  private int lookbehindGroups = -1;

  /** Global flags seen, as Python letters. */
  private String globalFlags = "";

  /** Group numbers conditions name, to where they are named (Python's {@code grouprefpos}). */
  private Map<Integer, Integer> conditionGroups = Map.of();

  /** Where the first conditional group starts, or -1. */
  private int conditionalStart = -1;

  /** Whether a look-behind can match strings of different lengths, which Python refuses. */
  private boolean lookbehindNotFixed;

  /** Where the token being read starts, and where the last item started (in chars). */
  private int tokenStart;

  private int lastItemStart;

  /** Whether {@code (?t)} was given; see {@link #templateRepeat}. */
  private boolean template;

  /** The repeat Python's compiler meets first, as its op name, and where its item starts. */
  private String templateRepeat;

  private int templateRepeatStart;

  private Translator(String python) {
    this.python = python;
    this.source = new Source(python);
    this.out = new StringBuilder(2 * python.length() + 16);
  }

  static PythonPattern translate(String python) {
    Translator t = new Translator(python);
    int flags = t.run();
    Map<String, Integer> names = t.names.isEmpty() ? Map.of() : Map.copyOf(t.names);
    return new PythonPattern(python, t.out.toString(), flags, t.groups, names);
  }

  private int javaFlags() {
    String flags = globalFlags;
    if (flags.indexOf('a') >= 0 && flags.indexOf('u') >= 0) {
      // Python's ValueError from fix_flags, after the whole pattern parsed.
      throw new PythonPatternException("ASCII and UNICODE flags are incompatible", python, -1);
    }
    int java = Pattern.UNIX_LINES;
    java |= flags.indexOf('a') >= 0 ? 0 : Pattern.UNICODE_CASE;
    java |= flags.indexOf('i') >= 0 ? Pattern.CASE_INSENSITIVE : 0;
    java |= flags.indexOf('m') >= 0 ? Pattern.MULTILINE : 0;
    java |= flags.indexOf('s') >= 0 ? Pattern.DOTALL : 0;
    return java;
  }

  /** Translates the whole pattern into {@link #out}; returns the Java flags. */
  private int run() {
    while (!source.atEnd()) {
      if (source.nextIs('|')) {
        branch();
      } else if (source.nextIs(')')) {
        if (open.isEmpty()) {
          break;
        }
        closeGroup();
      } else {
        tokenStart = source.tell();
        item(source.get());
      }
    }
    if (!open.isEmpty()) {
      throw source.errorAt("missing ), unterminated subpattern", open.peek().start);
    }
    // The checks Python makes after parsing, in its order.
    int flags = javaFlags();
    if (!source.atEnd()) {
      throw source.error("unbalanced parenthesis", 0);
    }
    conditionGroups.forEach(
        (group, position) -> {
          if (group > groups) {
            throw new PythonPatternException("invalid group reference " + group, python, position);
          }
        });
    // Then the compiler's.
    if (lookbehindNotFixed) {
      throw new PythonPatternException("look-behind requires fixed-width pattern", python, -1);
    }
    if (templateRepeat != null) {
      // Python's compiler refuses what the deprecated template flag cannot do.
      throw new PythonPatternException(
          "internal: unsupported template operator " + templateRepeat, python, -1);
    }
    // Last, what only Java lacks.
    if (conditionalStart >= 0) {
      throw source.errorAt("conditional groups (?(...)yes|no) are not supported", conditionalStart);
    }
    return flags;
  }

  private void branch() {
    Group group = current;
    if (group.kind == Group.Kind.CONDITIONAL && group.branches > 0) {
      throw source.error("conditional backref with more than two branches", 0);
    }
    group.branch();
    source.get();
    out.append('|');
    last = Item.NONE;
    topLevelBranched |= open.isEmpty();
  }

  private void item(int c) {
    if (mode.verbose() && c < 128 && VERBOSE_SPACE.indexOf(c) >= 0) {
      return;
    }
    if (mode.verbose() && c == '#') {
      for (int t = source.get(); t != Source.END && t != '\n'; t = source.get()) {
        // a comment runs to the end of the line
      }
      return;
    }
    switch (c) {
      case '[' -> {
        new ClassTranslator(source, out, mode.ascii()).translate();
        other(1, 1);
      }
      case '*', '+', '?', '{' -> repeat(c);
      case '.' -> {
        out.append('.');
        other(1, 1);
      }
      case '(' -> openGroup();
      case '^' -> anchor(mode.multiline() ? "(?<![^\\n])" : "^"); // Java's (?m)^ skips the end
      case '$' -> anchor("$");
      default -> {
        if (Source.isEscape(c)) {
          escape(c);
        } else {
          literal(c);
        }
      }
    }
  }

  /** An item that may be repeated, starting at the token being read, of so many characters. */
  private void other(long minWidth, long maxWidth) {
    last = Item.OTHER;
    lastItemStart = tokenStart;
    current.item(minWidth, maxWidth);
  }

  private void anchor(String java) {
    out.append(java);
    last = Item.ANCHOR;
  }

  private void literal(int codePoint) {
    ClassTranslator.appendLiteral(out, codePoint);
    other(1, 1);
  }

  private void escape(int escape) {
    int c = Source.codePoint(escape);
    switch (c) {
      case 'A' -> anchor("\\A");
      case 'Z' -> anchor("\\z"); // Python's \Z is Java's \z; Java's \Z allows a final newline
      case 'b' -> anchor(Categories.of(mode.ascii()).wordBoundary);
      case 'B' -> anchor(Categories.of(mode.ascii()).notWordBoundary);
      default -> {
        if (Categories.isCategory(c)) {
          out.append(Categories.of(mode.ascii()).spell(c, false));
          other(1, 1);
        } else if (c >= '1' && c <= '9') {
          groupReferenceOrOctal(escape);
        } else {
          literal(Escapes.codePoint(source, escape, false));
        }
      }
    }
  }

  /** Python's rule: three octal digits are a character, otherwise one or two digits a group. */
  private void groupReferenceOrOctal(int escape) {
    String full = Source.text(escape);
    if (source.nextIsDigit()) {
      full += (char) source.get();
      if (PythonSyntax.isOctal(full.charAt(1))
          && PythonSyntax.isOctal(full.charAt(2))
          && PythonSyntax.isOctal(source.peek())) {
        full += (char) source.get();
        int code = Integer.parseInt(full.substring(1), 8);
        if (code > PythonSyntax.MAX_OCTAL) {
          throw source.error(
              "octal escape value " + full + " outside of range 0-0o377", full.length());
        }
        literal(code);
        return;
      }
    }
    int group = Integer.parseInt(full.substring(1));
    if (group > groups) {
      throw source.error("invalid group reference " + group, full.length() - 1);
    }
    if (groupWidths.get(group) == null) {
      throw source.error("cannot refer to an open group", full.length());
    }
    groupReference(group);
  }

  private void groupReference(int group) {
    if (lookbehindGroups >= 0 && group >= lookbehindGroups) {
      throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
    }
    // Wrapped so that a following digit cannot join the number in Java.
    out.append("(?:\\").append(group).append(')');
    long[] width = groupWidths.get(group);
    other(width[0], width[1]);
  }

  /** {@code * + ? {m,n}} with its lazy {@code ?} or possessive {@code +}. */
  private void repeat(int c) {
    int here = source.tell();
    long[] times = {c == '+' ? 1 : 0, c == '?' ? 1 : Group.MAX_REPEAT};
    String quantifier = Character.toString(c);
    if (c == '{') {
      quantifier = braces(here, times);
      if (quantifier == null) {
        literal('{');
        return;
      }
    }
    if (last == Item.NONE || last == Item.ANCHOR) {
      throw source.errorAt("nothing to repeat", here - 1);
    }
    if (last == Item.REPEAT) {
      throw source.errorAt("multiple repeat", here - 1);
    }
    out.append(quantifier);
    String op = "MAX_REPEAT";
    if (source.match('?')) {
      out.append('?');
      op = "MIN_REPEAT";
    } else if (source.match('+')) {
      out.append('+');
      op = "POSSESSIVE_REPEAT";
    }
    last = Item.REPEAT;
    current.repeat(times[0], times[1]);
    // Python compiles the tree outside in, left to right: the repeat of the earliest item first.
    if (template && (templateRepeat == null || lastItemStart < templateRepeatStart)) {
      templateRepeat = op;
      templateRepeatStart = lastItemStart;
    }
  }

  /**
   * The Java text of {@code {m,n}} after its {@code {}, or null (and nothing read) if literal; sets
   * {@code times} to m and n.
   */
  private String braces(int here, long[] times) {
    if (source.nextIs('}')) {
      return null;
    }
    String lo = digits();
    String hi = lo;
    boolean comma = source.match(',');
    if (comma) {
      hi = digits();
    }
    if (!source.match('}')) {
      source.seek(here);
      return null;
    }
    long min = count(lo, 0);
    long max = count(hi, Group.MAX_REPEAT);
    if (!hi.isEmpty() && max < min) {
      throw source.errorAt("min repeat greater than max repeat", here);
    }
    times[0] = min;
    times[1] = max;
    return "{" + min + (comma ? "," + (hi.isEmpty() ? "" : max) : "") + "}";
  }

  private String digits() {
    StringBuilder s = new StringBuilder();
    while (source.nextIsDigit()) {
      s.append((char) source.get());
    }
    return s.toString();
  }

  private long count(String digits, long missing) {
    if (digits.isEmpty()) {
      return missing;
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + digits.charAt(i) - '0';
      if (n >= Group.MAX_REPEAT) {
        throw new PythonPatternException("the repetition number is too large", python, -1);
      }
    }
    return n;
  }

  private void openGroup() {
    int start = source.tell() - 1;
    if (!source.match('?')) {
      capture(null, start);
      return;
    }
    int kind = source.get();
    if (kind == Source.END) {
      throw source.error("unexpected end of pattern", 0);
    }
    switch (kind) {
      case 'P' -> pythonExtension(start);
      case ':' -> push(0, start, Group.Kind.PLAIN, mode, "(?:");
      case '>' -> push(0, start, Group.Kind.PLAIN, mode, "(?>");
      case '=' -> push(0, start, Group.Kind.LOOKAHEAD, mode, "(?=");
      case '!' -> push(0, start, Group.Kind.LOOKAHEAD, mode, "(?!");
      case '<' -> lookbehind(start);
      case '#' -> comment(start);
      case '(' -> conditional(start);
      default -> {
        if (kind == '-' || InlineFlags.isFlag(kind)) {
          InlineFlags flags = InlineFlags.read(source, kind);
          if (flags.global()) {
            globalFlags(flags.on(), start);
          } else {
            scopedFlags(flags.on(), flags.off(), start);
          }
        } else {
          throw source.error("unknown extension ?" + Source.text(kind), Source.length(kind) + 1);
        }
      }
    }
  }

  /** {@code (?P<name>...)} and {@code (?P=name)}. */
  private void pythonExtension(int start) {
    if (source.match('<')) {
      String name = source.getUntil('>', "group name");
      checkGroupName(name);
      capture(name, start);
    } else if (source.match('=')) {
      String name = source.getUntil(')', "group name");
      checkGroupName(name);
      Integer group = names.get(name);
      if (group == null) {
        throw source.error(
            "unknown group name " + PythonSyntax.repr(name), Source.length(name) + 1);
      }
      if (groupWidths.get(group) == null) {
        throw source.error("cannot refer to an open group", Source.length(name) + 1);
      }
      groupReference(group);
    } else {
      int c = source.get();
      if (c == Source.END) {
        throw source.error("unexpected end of pattern", 0);
      }
      throw source.error("unknown extension ?P" + Source.text(c), Source.length(c) + 2);
    }
  }

  private void checkGroupName(String name) {
    if (!PythonSyntax.isIdentifier(name)) {
      throw source.error(
          "bad character in group name " + PythonSyntax.repr(name), Source.length(name) + 1);
    }
  }

  private void capture(String name, int start) {
    int group = ++groups;
    if (name != null) {
      Integer previous = names.putIfAbsent(name, group);
      if (previous != null) {
        throw source.error(
            "redefinition of group name "
                + PythonSyntax.repr(name)
                + " as group "
                + group
                + "; was group "
                + previous,
            Source.length(name) + 1);
      }
    }
    groupWidths.add(null);
    push(group, start, Group.Kind.PLAIN, mode, "(");
  }

  private void lookbehind(int start) {
    int c = source.get();
    if (c == Source.END) {
      throw source.error("unexpected end of pattern", 0);
    }
    if (c != '=' && c != '!') {
      throw source.error("unknown extension ?<" + Source.text(c), Source.length(c) + 2);
    }
    push(0, start, Group.Kind.LOOKBEHIND, mode, c == '=' ? "(?<=" : "(?<!");
    if (lookbehindGroups < 0) {
      lookbehindGroups = groups + 1;
    }
  }

  /**
   * {@code (?(1)yes|no)}: Java has no such thing, so it is refused; but only once the whole pattern
   * is read, so that a pattern Python refuses gets Python's reason.
   */
  private void conditional(int start) {
    String name = source.getUntil(')', "group name");
    int offset = Source.length(name) + 1;
    int group;
    if (PythonSyntax.isIdentifier(name)) {
      Integer named = names.get(name);
      if (named == null) {
        throw source.error("unknown group name " + PythonSyntax.repr(name), offset);
      }
      group = named;
    } else {
      BigInteger number = PythonSyntax.parseInt(name);
      if (number == null || number.signum() < 0) {
        throw source.error("bad character in group name " + PythonSyntax.repr(name), offset);
      }
      if (number.signum() == 0) {
        throw source.error("bad group number", offset);
      }
      if (number.compareTo(MAX_GROUPS) >= 0) {
        throw source.error("invalid group reference " + number, offset);
      }
      group = number.intValue();
      if (conditionGroups.isEmpty()) {
        conditionGroups = new LinkedHashMap<>();
      }
      conditionGroups.putIfAbsent(group, python.codePointCount(0, source.tell()) - offset);
    }
    if (lookbehindGroups >= 0) {
      if (group > groups || groupWidths.get(group) == null) {
        throw source.error("cannot refer to an open group", 0);
      }
      if (group >= lookbehindGroups) {
        throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
      }
    }
    if (conditionalStart < 0) {
      conditionalStart = start;
    }
    push(0, start, Group.Kind.CONDITIONAL, mode, "");
  }

  /** {@code (?#...)}, read by tokens: {@code \)} does not end it. */
  private void comment(int start) {
    while (true) {
      if (source.atEnd()) {
        throw source.errorAt("missing ), unterminated comment", start);
      }
      if (source.get() == ')') {
        return;
      }
    }
  }

  private void push(int number, int start, Group.Kind kind, Mode inner, String java) {
    current = new Group(number, start, kind, mode, lookbehindGroups);
    open.push(current);
    mode = inner;
    out.append(java);
    last = Item.NONE;
  }

  private void closeGroup() {
    source.get();
    Group group = open.pop();
    current = open.isEmpty() ? whole : open.peek();
    mode = group.outer;
    lookbehindGroups = group.outerLookbehind;
    out.append(')');
    long[] width = {group.minWidth(), group.maxWidth()};
    if (group.number > 0) {
      groupWidths.set(group.number, width);
    }
    lookbehindNotFixed |= group.kind == Group.Kind.LOOKBEHIND && width[0] != width[1];
    boolean assertion = group.kind == Group.Kind.LOOKAHEAD || group.kind == Group.Kind.LOOKBEHIND;
    tokenStart = group.start;
    other(assertion ? 0 : width[0], assertion ? 0 : width[1]);
  }

  /** {@code (?aimsux)} at the very start: flags for the whole pattern. */
  private void globalFlags(String on, int start) {
    if (!open.isEmpty() || topLevelBranched || last != Item.NONE) {
      throw source.errorAt("global flags not at the start of the expression", start);
    }
    template |= on.indexOf('t') >= 0;
    globalFlags += on;
    mode = mode.with(on, "");
  }

  /** {@code (?aimsux-imsx:...)}: flags for one group. */
  private void scopedFlags(String on, String off, int start) {
    push(0, start, Group.Kind.PLAIN, mode.with(on, off), Mode.javaGroup(on, off));
  }
}
