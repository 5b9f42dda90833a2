package dev.charcoal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Carbon's {@code TaggedSeries.parse} and its validation, with carbon's messages. */
final class TaggedNameParser {
  /**
   * carbon's OpenMetrics segment regex, kept as is: its {@code (:?,|$)} is a typo for a
   * non-capturing group, so {@code :,} separates tags too, and carbon accepts that.
   */
  private static final Pattern OPENMETRICS_SEGMENT =
      Pattern.compile("([^=]+)=\"((?:[\\\\][\"\\\\]|[^\"\\\\])+)\"(:?,|$)", Pattern.UNIX_LINES);

  private static final String PROHIBITED_TAG_CHARS = ";!^=";

  private TaggedNameParser() {}

  static boolean looksTagged(String raw) {
    return raw.indexOf(';') >= 0 || isOpenMetrics(raw);
  }

  private static boolean isOpenMetrics(String raw) {
    return raw.endsWith("\"}") && raw.indexOf('{') >= 0;
  }

  static MetricName parse(String raw) {
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("metric name is empty");
    }
    if (isOpenMetrics(raw)) {
      return parseOpenMetrics(raw);
    }
    if (raw.indexOf(';') >= 0) {
      return parseCarbon(raw);
    }
    return new MetricName(raw, new TreeMap<>());
  }

  private static MetricName parseOpenMetrics(String raw) {
    String body = raw.substring(0, raw.length() - 1);
    int brace = body.indexOf('{');
    if (body.indexOf('{', brace + 1) >= 0) {
      // Python's unpacking of split('{', 2) fails on a second brace.
      throw new IllegalArgumentException("Cannot parse path " + raw + ", too many '{'");
    }
    String metric = body.substring(0, brace);
    if (metric.isEmpty()) {
      throw new IllegalArgumentException("Cannot parse path " + raw + ", no metric found");
    }
    String rawTags = body.substring(brace + 1);
    Map<String, String> tags = new HashMap<>();
    while (!rawTags.isEmpty()) {
      Matcher m = OPENMETRICS_SEGMENT.matcher(rawTags);
      if (!m.lookingAt()) {
        throw new IllegalArgumentException(
            "Cannot parse path " + raw + ", invalid segment " + rawTags);
      }
      String tag = m.group(1);
      String value = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
      validateTagAndValue(tag, value);
      tags.put(tag, value);
      rawTags = rawTags.substring(m.end());
    }
    return tagged(metric, tags);
  }

  private static MetricName parseCarbon(String raw) {
    String[] segments = raw.split(";", -1);
    String metric = segments[0];
    if (metric.isEmpty()) {
      throw new IllegalArgumentException("Cannot parse path " + raw + ", no metric found");
    }
    Map<String, String> tags = new HashMap<>();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      int eq = segment.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "Cannot parse path " + raw + ", invalid segment " + segment);
      }
      String tag = segment.substring(0, eq);
      String value = segment.substring(eq + 1);
      validateTagAndValue(tag, value);
      tags.put(tag, value);
    }
    return tagged(metric, tags);
  }

  private static MetricName tagged(String metric, Map<String, String> tags) {
    String name = sanitizeNameAsTagValue(metric);
    tags.put("name", name);
    TreeMap<String, String> sorted = new TreeMap<>(MetricName.CODE_POINT_ORDER);
    sorted.putAll(tags);
    return new MetricName(name, sorted);
  }

  /** Tag values may not start with {@code ~}, so carbon strips it from the name tag. */
  private static String sanitizeNameAsTagValue(String metric) {
    int i = 0;
    while (i < metric.length() && metric.charAt(i) == '~') {
      i++;
    }
    if (i == metric.length()) {
      throw new IllegalArgumentException(
          "Cannot use metric name " + metric + " as tag value, results in empty string");
    }
    return metric.substring(i);
  }

  static void validateTagAndValue(String tag, String value) {
    if (tag.isEmpty()) {
      throw new IllegalArgumentException("Tag may not be empty");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Value for tag \"" + tag + "\" may not be empty");
    }
    for (char c : PROHIBITED_TAG_CHARS.toCharArray()) {
      if (tag.indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            "Character \"" + c + "\" is not allowed in tag \"" + tag + "\"");
      }
    }
    if (value.indexOf(';') >= 0) {
      throw new IllegalArgumentException(
          "Character \";\" is not allowed in value \"" + value + "\" of tag " + tag);
    }
    if (value.charAt(0) == '~') {
      throw new IllegalArgumentException(
          "Tag values are not allowed to start with \"~\" in tag \"" + tag + "\"");
    }
  }
}
