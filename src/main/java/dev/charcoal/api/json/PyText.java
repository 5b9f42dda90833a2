package dev.charcoal.api.json;

import java.util.regex.Pattern;

/** Python's {@code repr(str)} and {@code int(str)}, for messages and parameters as graphite-web. */
public final class PyText {
  private static final Pattern INT = Pattern.compile("[+-]?\\d(_?\\d)*");

  private PyText() {}

  /** {@code repr(s)}: single quotes unless the text holds one and no double quote. */
  public static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  /**
   * {@code int(s)}: optional sign, digits (underscores between them), surrounding whitespace.
   *
   * @throws NumberFormatException with Python's message
   */
  public static long parseInt(String s) {
    String t = s.strip();
    if (!INT.matcher(t).matches()) {
      throw new NumberFormatException("invalid literal for int() with base 10: " + repr(s));
    }
    try {
      return Long.parseLong(t.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new NumberFormatException("int too large: " + repr(s));
    }
  }
}
