package dev.charcoal.api.render;

import dev.charcoal.api.json.PyFloat;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Map;

/**
 * {@code format=json}: graphite-web's {@code renderViewJson}, byte for byte. The list of {@code
 * {"target", "tags", "datapoints"}} objects is written as Python's {@code json.dumps} writes it
 * (with {@code indent=2} for {@code pretty}), then graphite-web's text replacements apply: {@code
 * NaN,} → {@code null,} and {@code Infinity,} → {@code 1e9999,}. Those replacements also change
 * names and tags that contain the text, and so does this encoder.
 */
final class JsonRenderer {
  private JsonRenderer() {}

  /**
   * The JSON text.
   *
   * @param maxDataPoints the request's {@code maxDataPoints}, or 0 for none
   */
  static String render(
      List<TimeSeries> data, long maxDataPoints, boolean noNullPoints, boolean pretty) {
    boolean anyValues = data.stream().anyMatch(s -> s.size() > 0);
    if (!anyValues) {
      return "[]"; // graphite-web's any(data): a list of empty series is falsy
    }
    if (maxDataPoints > 0) {
      long start = data.stream().mapToLong(TimeSeries::start).min().orElseThrow();
      long end = data.stream().mapToLong(TimeSeries::end).max().orElseThrow();
      data = MaxDataPoints.apply(data, maxDataPoints, end - start);
    }
    int points = data.stream().mapToInt(TimeSeries::size).sum();
    StringBuilder out = new StringBuilder(64 + points * 24);
    Layout layout = pretty ? Layout.PRETTY : Layout.COMPACT;
    out.append('[');
    boolean firstSeries = true;
    for (TimeSeries series : data) {
      int mark = out.length();
      if (!firstSeries) {
        out.append(layout.itemSeparator);
      }
      layout.newline(out, 1);
      if (!writeSeries(out, series, noNullPoints, layout)) {
        out.setLength(mark); // noNullPoints left nothing: the series is dropped
        continue;
      }
      firstSeries = false;
    }
    if (firstSeries) {
      return "[]";
    }
    layout.newline(out, 0);
    out.append(']');
    return out.toString();
  }

  private static boolean writeSeries(
      StringBuilder out, TimeSeries series, boolean noNullPoints, Layout layout) {
    PointValues values = PointValues.of(series);
    long step = series.step() * series.valuesPerPoint();
    long start = series.start();
    // Python's zip(values, range(start, end + 1, step)): the shorter one decides.
    long timestamps = Math.max(0, Math.floorDiv(series.end() + 1 - start + step - 1, step));
    int n = (int) Math.min(values.size(), timestamps);
    out.append('{');
    layout.newline(out, 2);
    out.append("\"target\": ");
    string(out, series.name());
    out.append(layout.itemSeparator);
    layout.newline(out, 2);
    out.append("\"tags\": ");
    tags(out, series.tags(), layout);
    out.append(layout.itemSeparator);
    layout.newline(out, 2);
    out.append("\"datapoints\": [");
    int written = 0;
    for (int i = 0; i < n; i++) {
      double v = values.values()[i];
      if (noNullPoints && Double.isNaN(v)) {
        continue;
      }
      if (written++ > 0) {
        out.append(layout.itemSeparator);
      }
      layout.newline(out, 3);
      out.append('[');
      layout.newline(out, 4);
      value(out, v, values.isInt(i));
      out.append(layout.itemSeparator);
      layout.newline(out, 4);
      out.append(start + i * step);
      layout.newline(out, 3);
      out.append(']');
    }
    if (noNullPoints && written == 0) {
      return false;
    }
    if (written > 0) {
      layout.newline(out, 2);
    }
    out.append(']');
    layout.newline(out, 1);
    out.append('}');
    return true;
  }

  private static void tags(StringBuilder out, Map<String, String> tags, Layout layout) {
    if (tags.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (!first) {
        out.append(layout.itemSeparator);
      }
      first = false;
      layout.newline(out, 3);
      string(out, tag.getKey());
      out.append(": ");
      string(out, tag.getValue());
    }
    layout.newline(out, 2);
    out.append('}');
  }

  /** A value; graphite-web's replacements turn NaN into null and infinity into 1e9999. */
  private static void value(StringBuilder out, double v, boolean isInt) {
    if (Double.isNaN(v)) {
      out.append("null");
    } else if (Double.isInfinite(v)) {
      out.append(v > 0 ? "1e9999" : "-1e9999");
    } else if (isInt) {
      out.append((long) v);
    } else {
      PyFloat.appendRepr(out, v);
    }
  }

  /** A JSON string, with graphite-web's text replacements applied to it. */
  private static void string(StringBuilder out, String s) {
    int start = out.length();
    PyJson.string(out, s, true);
    if (s.contains("NaN,") || s.contains("Infinity,")) {
      String text = out.substring(start).replace("NaN,", "null,").replace("Infinity,", "1e9999,");
      out.setLength(start);
      out.append(text);
    }
  }

  /** json.dumps' separators and newlines, with and without {@code indent=2}. */
  private enum Layout {
    COMPACT(", ", false),
    PRETTY(",", true);

    final String itemSeparator;
    final boolean indent;

    Layout(String itemSeparator, boolean indent) {
      this.itemSeparator = itemSeparator;
      this.indent = indent;
    }

    void newline(StringBuilder out, int depth) {
      if (indent) {
        out.append('\n');
        for (int i = 0; i < depth * 2; i++) {
          out.append(' ');
        }
      }
    }
  }
}
