package dev.charcoal.model.regex;

/**
 * The Java text for Python's {@code \d \w \s} (and their negations, and the word boundaries built
 * on {@code \w}), spelt out instead of relying on {@code UNICODE_CHARACTER_CLASS}: Java's Unicode
 * {@code \w} takes combining marks and leaves out {@code ²}, its {@code \s} leaves out {@code
 * \x1c-\x1f}, and Java 17's {@code \b} ignores the flag, where Python 3.11 means exactly these sets
 * (checked against {@code re} over every code point by the tests). In ASCII mode ({@code (?a)})
 * they are the ASCII sets.
 */
final class Categories {
  private static final String LETTERS = "dDsSwW";

  private static final Categories UNICODE =
      new Categories(
          "\\p{Nd}",
          // Unicode's White_Space and the information separators: one property compiles faster
          // than a dozen ranges.
          "\\x{1c}-\\x{1f}\\p{IsWhite_Space}",
          "\\p{L}\\p{N}_");
  private static final Categories ASCII = new Categories("0-9", "\\t-\\r\\x{20}", "a-zA-Z0-9_");

  /** The Java text of each of {@link #LETTERS}, outside a class and as a member of one. */
  private final String[] outside = new String[LETTERS.length()];

  private final String[] inside = new String[LETTERS.length()];

  /** Python's {@code \b} and {@code \B} (which in 3.11 never matches in an empty string). */
  final String wordBoundary;

  final String notWordBoundary;

  /** Each set as the members of a class. */
  private Categories(String digits, String space, String word) {
    String[] bodies = {digits, space, word};
    for (int i = 0; i < bodies.length; i++) {
      String body = bodies[i];
      // A lone property needs no brackets, which Java compiles faster.
      boolean property = body.startsWith("\\p{") && body.indexOf('}') == body.length() - 1;
      outside[2 * i] = property ? body : "[" + body + "]";
      outside[2 * i + 1] = property ? "\\P" + body.substring(2) : "[^" + body + "]";
      inside[2 * i] = body;
      inside[2 * i + 1] = outside[2 * i + 1];
    }
    String w = outside[4];
    wordBoundary = "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
    notWordBoundary = "(?:(?!\\A\\z)(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")))";
  }

  static Categories of(boolean ascii) {
    return ascii ? ASCII : UNICODE;
  }

  /** Whether {@code c} names a category ({@code \d \D \s \S \w \W}). */
  static boolean isCategory(int c) {
    return c < 128 && LETTERS.indexOf(c) >= 0;
  }

  /** {@code \c} for a category letter: a class, or inside a class the members to add. */
  String spell(int c, boolean insideClass) {
    return (insideClass ? inside : outside)[LETTERS.indexOf(c)];
  }
}
