package dev.charcoal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric's name: a plain dotted path ({@code servers.www01.cpu}) or a tagged series ({@code
 * cpu;host=www01;dc=ams}).
 *
 * <p>{@link #parse} reads carbon's two tagged syntaxes, {@code name;tag=value;…} and {@code
 * name{tag="value",…}}, with carbon's {@code TaggedSeries} rules: the tags gain a {@code name} tag
 * (the metric with leading {@code ~} removed), a repeated tag keeps its last value, and {@link
 * #normalized()} is the name followed by the other {@code ;tag=value} pairs sorted as strings. That
 * normalized form is what carbon stores, hashes for the file name and matches rules against. An
 * untagged name is kept exactly as given.
 *
 * @param name the metric: the whole name if untagged, else the {@code name} tag's value
 * @param tags empty if untagged; else every tag including {@code name}, in code-point order
 */
public record MetricName(String name, SortedMap<String, String> tags) {
  /**
   * Python compares strings by code point; Java's compareTo by UTF-16 unit differs above U+FFFF.
   * SQLite's binary collation (UTF-8 bytes) agrees with Python, so this is graphite's sort order.
   */
  public static final Comparator<String> CODE_POINT_ORDER = MetricName::compareCodePoints;

  public MetricName {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("metric name is empty");
    }
    if (tags.isEmpty()) {
      if (TaggedNameParser.looksTagged(name)) {
        throw new IllegalArgumentException(
            "untagged metric name looks tagged, use MetricName.parse: " + name);
      }
    } else {
      if (!name.equals(tags.get("name"))) {
        throw new IllegalArgumentException(
            "tag 'name' must equal the metric name '" + name + "': " + tags.get("name"));
      }
      for (Map.Entry<String, String> e : tags.entrySet()) {
        TaggedNameParser.validateTagAndValue(e.getKey(), e.getValue());
      }
    }
    TreeMap<String, String> copy = new TreeMap<>(CODE_POINT_ORDER);
    copy.putAll(tags);
    tags = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Parses {@code raw}: tagged if it contains {@code ;} or has the form {@code name{…"}}, else
   * untagged and kept as is.
   *
   * @throws IllegalArgumentException with carbon's message for an invalid tagged name or an empty
   *     one
   */
  public static MetricName parse(String raw) {
    return TaggedNameParser.parse(raw);
  }

  /** Whether this is a tagged series. */
  public boolean isTagged() {
    return !tags.isEmpty();
  }

  /**
   * Carbon's normalized form: the untagged name as is, or {@code name;a=1;b=2} with the pairs other
   * than {@code name} sorted as {@code ;tag=value} strings (so {@code ;a-b=1} sorts before {@code
   * ;a=2}).
   */
  public String normalized() {
    if (tags.isEmpty()) {
      return name;
    }
    List<String> pairs = new ArrayList<>(tags.size());
    for (Map.Entry<String, String> e : tags.entrySet()) {
      if (!e.getKey().equals("name")) {
        pairs.add(";" + e.getKey() + "=" + e.getValue());
      }
    }
    pairs.sort(CODE_POINT_ORDER);
    StringBuilder sb = new StringBuilder(name);
    pairs.forEach(sb::append);
    return sb.toString();
  }

  @Override
  public String toString() {
    return normalized();
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
