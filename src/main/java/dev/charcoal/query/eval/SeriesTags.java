package dev.charcoal.query.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags graphite-web gives a series it builds from a name ({@code TimeSeries.__init__} with a
 * tag DB configured, the default): {@code TaggedSeries.parse} of the name, with the tags in the
 * order written and {@code name} last; just {@code {name: NAME}} when the name looks like a
 * function call or does not parse.
 */
public final class SeriesTags {
  private static final Pattern FUNCTION_LIKE =
      Pattern.compile("^[a-z]+[(].+[)]$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OPENMETRICS_SEGMENT =
      Pattern.compile("([^=]+)=\"((?:[\\\\][\"\\\\]|[^\"\\\\])+)\"(:?,|$)");

  private SeriesTags() {}

  /** The tags of a series named {@code name}. */
  public static Map<String, String> parse(String name) {
    if (!FUNCTION_LIKE.matcher(name).matches()) {
      try {
        return name.endsWith("\"}") && name.contains("{")
            ? parseOpenMetrics(name)
            : parseCarbon(name);
      } catch (IllegalArgumentException unparsable) {
        // graphite-web logs this at debug level and falls back to the name alone.
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("name", name);
    return tags;
  }

  private static Map<String, String> parseCarbon(String path) {
    String[] segments = path.split(";", -1);
    String metric = segments[0];
    if (metric.isEmpty()) {
      throw new IllegalArgumentException("no metric");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 1; i < segments.length; i++) {
      int eq = segments[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("invalid segment " + segments[i]);
      }
      put(tags, segments[i].substring(0, eq), segments[i].substring(eq + 1));
    }
    tags.put("name", sanitize(metric));
    return tags;
  }

  private static Map<String, String> parseOpenMetrics(String path) {
    String body = path.substring(0, path.length() - 1);
    int brace = body.indexOf('{');
    String metric = body.substring(0, brace);
    String rawTags = body.substring(brace + 1);
    if (metric.isEmpty()) {
      throw new IllegalArgumentException("no metric");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    while (!rawTags.isEmpty()) {
      Matcher m = OPENMETRICS_SEGMENT.matcher(rawTags);
      if (!m.lookingAt()) {
        throw new IllegalArgumentException("invalid segment " + rawTags);
      }
      put(tags, m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
      rawTags = rawTags.substring(m.end());
    }
    tags.put("name", sanitize(metric));
    return tags;
  }

  private static void put(Map<String, String> tags, String tag, String value) {
    if (tag.isEmpty() || value.isEmpty() || value.charAt(0) == '~' || value.contains(";")) {
      throw new IllegalArgumentException("invalid tag " + tag);
    }
    for (char c : ";!^=".toCharArray()) {
      if (tag.indexOf(c) >= 0) {
        throw new IllegalArgumentException("invalid tag " + tag);
      }
    }
    tags.put(tag, value);
  }

  private static String sanitize(String metric) {
    String sanitized = metric.replaceFirst("^~+", "");
    if (sanitized.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    return sanitized;
  }
}
