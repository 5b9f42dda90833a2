package dev.charcoal.query.eval;

import dev.charcoal.model.regex.PythonPattern;
import dev.charcoal.model.regex.PythonPatternException;
import dev.charcoal.model.regex.PythonSyntax;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python 3.11 {@code re} pattern run by {@code java.util.regex}, for the functions that take a
 * user's regular expression (grep, exclude, aliasSub, aliasQuery, aliasByMetric, useSeriesAbove).
 * {@link PythonPattern} translates the pattern; {@link #sub} follows Python's replacement template
 * ({@code \1}, {@code \g<name>}, octal and character escapes; {@code $} is a plain character) and
 * its handling of empty matches.
 */
public final class PythonRegex {
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
   * @throws EvalException where Python's {@code re.compile} raises {@code re.error}, with its
   *     message
   */
  public static PythonRegex compile(String source) throws EvalException {
    try {
      PythonPattern translated = PythonPattern.translate(source);
      return new PythonRegex(
          translated.compile(),
          translated.compileJava("(?:" + translated.java() + ")(?!\\G)"),
          translated.groupCount(),
          translated.groupNames());
    } catch (PythonPatternException e) {
      throw new EvalException(
          "invalid regular expression " + PythonFormat.repr(source) + ": " + e.getMessage());
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

  /**
   * The replacement as literals ({@code String}) and group numbers ({@code Integer}), read as
   * Python's {@code parse_template} reads it, with its error messages and positions.
   */
  private List<Object> parseTemplate(String replacement) throws EvalException {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int n = replacement.length();
    int i = 0;
    while (i < n) {
      int at = i;
      int c = replacement.codePointAt(i);
      i += Character.charCount(c);
      if (c != '\\') {
        literal.appendCodePoint(c);
        continue;
      }
      if (i >= n) {
        throw templateError(replacement, "bad escape (end of pattern)", n - 1);
      }
      int e = replacement.codePointAt(i);
      i += Character.charCount(e);
      int group;
      if (e == 'g') {
        if (i >= n || replacement.charAt(i) != '<') {
          throw templateError(replacement, "missing <", i);
        }
        int close = nameEnd(replacement, i + 1);
        String name = replacement.substring(i + 1, close);
        i = close + 1;
        group = groupByName(replacement, name, i);
      } else if (e == '0') {
        int end = octalEnd(replacement, i, 2);
        literal.append((char) (Integer.parseInt(replacement.substring(i - 1, end), 8) & 0xff));
        i = end;
        continue;
      } else if (PythonSyntax.isDigit(e)) {
        int end = i < n && PythonSyntax.isDigit(replacement.charAt(i)) ? i + 1 : i;
        if (end > i
            && PythonSyntax.isOctal(e)
            && PythonSyntax.isOctal(replacement.charAt(i))
            && end < n
            && PythonSyntax.isOctal(replacement.charAt(end))) {
          int code = Integer.parseInt(replacement.substring(i - 1, end + 1), 8);
          if (code > PythonSyntax.MAX_OCTAL) {
            String escape = replacement.substring(at, end + 1);
            throw templateError(
                replacement, "octal escape value " + escape + " outside of range 0-0o377", at);
          }
          literal.append((char) code);
          i = end + 1;
          continue;
        }
        group = Integer.parseInt(replacement.substring(i - 1, end));
        i = end;
        if (group > groups) {
          throw templateError(replacement, "invalid group reference " + group, at + 1);
        }
      } else {
        int escaped = PythonSyntax.characterEscape(e);
        if (escaped >= 0) {
          literal.append((char) escaped);
        } else if (PythonSyntax.isAsciiLetter(e)) {
          throw templateError(replacement, "bad escape \\" + (char) e, at);
        } else {
          literal.append('\\').appendCodePoint(e);
        }
        continue;
      }
      if (!literal.isEmpty()) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(group);
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return parts;
  }

  /** Where the name of {@code \g<name>} that starts at {@code from} ends (its {@code >}). */
  private static int nameEnd(String replacement, int from) throws EvalException {
    int i = from;
    while (i < replacement.length()) {
      char c = replacement.charAt(i);
      if (c == '>') {
        if (i == from) {
          throw templateError(replacement, "missing group name", i);
        }
        return i;
      }
      if (c == '\\' && i + 1 >= replacement.length()) {
        throw templateError(replacement, "bad escape (end of pattern)", i);
      }
      // An escaped character belongs to the name, even a '>'.
      i += c == '\\' ? 1 + Character.charCount(replacement.codePointAt(i + 1)) : 1;
    }
    if (i == from) {
      throw templateError(replacement, "missing group name", i);
    }
    throw templateError(replacement, "missing >, unterminated name", from);
  }

  /** The group {@code \g<name>} names; {@code end} is just past its {@code >}. */
  private int groupByName(String replacement, String name, int end) throws EvalException {
    if (PythonSyntax.isIdentifier(name)) {
      Integer index = groupNames.get(name);
      if (index == null) {
        throw new EvalException("unknown group name " + PythonFormat.repr(name));
      }
      return index;
    }
    int nameStart = end - 1 - name.length();
    BigInteger number = PythonSyntax.parseInt(name);
    if (number == null || number.signum() < 0) {
      throw templateError(
          replacement, "bad character in group name " + PythonFormat.repr(name), nameStart);
    }
    if (number.compareTo(BigInteger.valueOf(groups)) > 0) {
      throw templateError(replacement, "invalid group reference " + number, nameStart);
    }
    return number.intValue();
  }

  private static int octalEnd(String s, int from, int max) {
    int end = from;
    while (end < s.length() && end - from < max && PythonSyntax.isOctal(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Python's {@code re.error} for a replacement: the message and where (a char index). */
  private static EvalException templateError(String replacement, String message, int at) {
    int position = replacement.codePointCount(0, at);
    return new EvalException(
        "invalid replacement: "
            + new PythonPatternException(message, replacement, position).getMessage());
  }
}
