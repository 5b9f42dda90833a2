package dev.charcoal.ui.export;

import dev.charcoal.model.PythonFloats;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Map;

/**
 * Series as graphite-web's {@code /render?format=json} writes them (its {@code renderViewJson}
 * without maxDataPoints): {@code [{"target": NAME, "tags": {..}, "datapoints": [[VALUE, TS], ..]}]}
 * as Python's {@code json.dumps} prints it, then graphite-web's text replacements ({@code NaN,} →
 * {@code null,}, {@code Infinity,} → {@code 1e9999,}), which also touch names that contain that
 * text. Missing values are {@code null}; Python ints print without {@code .0}.
 *
 * <p>The HTTP API has its own encoder (in {@code api}, not public to the UI when this was written);
 * both are checked against graphite-web's output.
 */
public final class GraphiteJson {
  private GraphiteJson() {}

  /** The JSON text of {@code series}; {@code []} when none has a value. */
  public static String encode(List<TimeSeries> series) {
    if (series.stream().allMatch(s -> s.size() == 0)) {
      return "[]"; // graphite-web's any(data): a list of empty series is falsy
    }
    StringBuilder out = new StringBuilder();
    out.append('[');
    for (int s = 0; s < series.size(); s++) {
      if (s > 0) {
        out.append(", ");
      }
      write(out, series.get(s));
    }
    return out.append(']').toString();
  }

  private static void write(StringBuilder out, TimeSeries series) {
    out.append("{\"target\": ");
    string(out, series.name());
    out.append(", \"tags\": {");
    boolean first = true;
    for (Map.Entry<String, String> tag : series.tags().entrySet()) {
      out.append(first ? "" : ", ");
      first = false;
      string(out, tag.getKey());
      out.append(": ");
      string(out, tag.getValue());
    }
    out.append("}, \"datapoints\": [");
    long step = series.step() * series.valuesPerPoint();
    // graphite-web's zip(values, range(start, end + 1, step)): the shorter one decides
    long timestamps = Math.max(0, Math.floorDiv(series.end() - series.start(), step) + 1);
    int n = (int) Math.min(series.size(), timestamps);
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? ", [" : "[");
      value(out, series, i);
      out.append(", ").append(series.start() + i * step).append(']');
    }
    out.append("]}");
  }

  private static void value(StringBuilder out, TimeSeries series, int i) {
    double v = series.values()[i];
    if (Double.isNaN(v)) {
      out.append("null");
    } else if (Double.isInfinite(v)) {
      out.append(v > 0 ? "1e9999" : "-1e9999"); // "Infinity," replaced; a comma always follows
    } else if (series.isInteger(i)) {
      out.append((long) v);
    } else {
      out.append(PythonFloats.repr(v));
    }
  }

  /** A string as json.dumps writes it (ASCII only), with graphite-web's replacements. */
  private static void string(StringBuilder out, String s) {
    int start = out.length();
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < ' ' || c > '~') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    if (s.contains("NaN") || s.contains("Infinity")) {
      String text = out.substring(start).replace("NaN,", "null,").replace("Infinity,", "1e9999,");
      out.setLength(start);
      out.append(text);
    }
  }
}
