package dev.charcoal.query.eval;

import java.util.ArrayList;
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
    PythonPatterns translator = new PythonPatterns(source);
    String java = translator.translate();
    try {
      int flags = BASE_FLAGS & ~(translator.ascii() ? Pattern.UNICODE_CHARACTER_CLASS : 0);
      return new PythonRegex(
          Pattern.compile(java, flags),
          Pattern.compile("(?:" + java + ")(?!\\G)", flags),
          translator.groups(),
          translator.names());
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
        int end = PythonPatterns.octalEnd(replacement, i, 2);
        literal.append((char) (Integer.parseInt(replacement.substring(i - 1, end), 8) & 0xff));
        i = end;
      } else if (PythonPatterns.isDigit(e)) {
        if (i < replacement.length() && PythonPatterns.isDigit(replacement.charAt(i))) {
          char second = replacement.charAt(i++);
          if (PythonPatterns.isOctal(e)
              && PythonPatterns.isOctal(second)
              && i < replacement.length()
              && PythonPatterns.isOctal(replacement.charAt(i))) {
            int code = Integer.parseInt(replacement.substring(i - 2, i + 1), 8);
            if (code > PythonPatterns.MAX_OCTAL) {
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
        String escaped = PythonPatterns.characterEscape(e);
        if (escaped != null) {
          literal.append(escaped);
        } else if (PythonPatterns.isAsciiLetter(e)) {
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
    if (PythonPatterns.isIdentifier(name)) {
      Integer index = groupNames.get(name);
      if (index == null) {
        throw new EvalException("unknown group name " + PythonFormat.repr(name));
      }
      return index;
    }
    if (name.isEmpty() || !name.chars().allMatch(PythonPatterns::isDigit)) {
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
}
