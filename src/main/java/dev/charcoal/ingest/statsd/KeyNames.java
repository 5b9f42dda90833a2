package dev.charcoal.ingest.statsd;

/**
 * etsy statsd's key rules: DogStatsD tags appended to the key, and the sanitising that {@code
 * keyNameSanitize} applies (and the graphite backend applies to the name part otherwise).
 */
final class KeyNames {
  private KeyNames() {}

  /**
   * etsy's three replacements, in its order: each run of whitespace becomes one {@code _}, each
   * {@code /} becomes {@code -}, then every character outside {@code [A-Za-z0-9_.;=-]} is deleted.
   * Case is kept and dots are not collapsed: {@code fo/o} → {@code fo-o}, {@code b ar} → {@code
   * b_ar}, {@code foo+bar} → {@code foobar}.
   */
  static String sanitize(String key) {
    if (isClean(key)) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    boolean inWhitespace = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (JsNumbers.isJsWhitespace(c)) {
        if (!inWhitespace) {
          out.append('_');
        }
        inWhitespace = true;
        continue;
      }
      // A deleted character ends the whitespace run: "a \u00e9 b" gives "a__b", as in etsy.
      inWhitespace = false;
      if (c == '/') {
        out.append('-');
      } else if (isAllowed(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The key with DogStatsD tags ({@code k:v,k2:v2}, the text after {@code |#}) joined as etsy does:
   * {@code key;k=v;k2=v2}, where in each tag only the first {@code ;} becomes {@code _} and only
   * the first {@code :} becomes {@code =}.
   */
  static String withTags(String key, String tags) {
    StringBuilder out = new StringBuilder(key.length() + tags.length() + 1).append(key);
    int start = 0;
    while (true) {
      int comma = tags.indexOf(',', start);
      int end = comma < 0 ? tags.length() : comma;
      String tag = tags.substring(start, end);
      out.append(';').append(replaceFirst(replaceFirst(tag, ';', '_'), ':', '='));
      if (comma < 0) {
        return out.toString();
      }
      start = comma + 1;
    }
  }

  private static String replaceFirst(String s, char from, char to) {
    int i = s.indexOf(from);
    return i < 0 ? s : s.substring(0, i) + to + s.substring(i + 1);
  }

  private static boolean isClean(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (!isAllowed(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == ';'
        || c == '='
        || c == '-';
  }
}
