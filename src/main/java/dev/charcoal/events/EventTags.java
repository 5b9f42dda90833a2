package dev.charcoal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tag text as graphite-web's events handle it: django-tagging's {@code parse_tag_input} turns the
 * stored text into the tags that queries match, and Python's {@code str.split()} turns it into the
 * list that {@code get_data} prints. The two differ on purpose of django-tagging: {@code "a,b c"}
 * is matched as the tags {@code a} and {@code b c} but printed as {@code ["a,b", "c"]}.
 */
final class EventTags {
  private EventTags() {}

  /**
   * django-tagging's {@code parse_tag_input}: without commas or double quotes, the words split on
   * spaces; otherwise double quotes group words (and commas) into one tag, and loose commas, if any
   * appear, become the delimiter instead of spaces. Distinct, sorted.
   */
  static Set<String> parse(String input) {
    Set<String> words = new TreeSet<>();
    if (input == null || input.isEmpty()) {
      return words;
    }
    if (input.indexOf(',') < 0 && input.indexOf('"') < 0) {
      words.addAll(splitStrip(input, ' '));
      return words;
    }
    List<String> toBeSplit = new ArrayList<>();
    StringBuilder buffer = new StringBuilder();
    boolean sawLooseComma = false;
    int i = 0;
    int n = input.length();
    while (i < n) {
      char c = input.charAt(i++);
      if (c != '"') {
        sawLooseComma |= c == ',';
        buffer.append(c);
        continue;
      }
      if (buffer.length() > 0) {
        toBeSplit.add(buffer.toString());
        buffer.setLength(0);
      }
      int close = input.indexOf('"', i);
      if (close < 0) {
        // An unclosed quote: what follows it is read as unquoted text.
        buffer.append(input, i, n);
        sawLooseComma |= buffer.indexOf(",") >= 0;
        i = n;
        break;
      }
      String word = strip(input.substring(i, close));
      if (!word.isEmpty()) {
        words.add(word);
      }
      i = close + 1;
    }
    if (buffer.length() > 0) {
      toBeSplit.add(buffer.toString());
    }
    char delimiter = sawLooseComma ? ',' : ' ';
    for (String chunk : toBeSplit) {
      words.addAll(splitStrip(chunk, delimiter));
    }
    return words;
  }

  /** Python's {@code str.split()}: runs of whitespace separate, none at either end. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  private static List<String> splitStrip(String text, char delimiter) {
    List<String> words = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(delimiter, start);
      if (end < 0) {
        end = text.length();
      }
      String word = strip(text.substring(start, end));
      if (!word.isEmpty()) {
        words.add(word);
      }
      start = end + 1;
    }
    return words;
  }

  /** Python's {@code str.strip()}. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Python's {@code str.isspace} for one character (Java leaves out the no-break spaces). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u2007'
        || c == '\u202f'
        || c == '\u0085';
  }
}
