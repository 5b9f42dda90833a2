package dev.charcoal.ui.export;

import dev.charcoal.model.PythonFloats;
import dev.charcoal.query.eval.TimeSeries;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Series as graphite-web's {@code /render?format=csv} writes them: one {@code name,YYYY-MM-DD
 * HH:MM:SS,value} row per value, times in the given zone, an empty value where there is none, in
 * Python's csv "excel" dialect ({@code \r\n} line ends; a field is quoted, its quotes doubled, only
 * when it holds a comma, a quote or a line break).
 */
public final class GraphiteCsv {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private GraphiteCsv() {}

  /** The CSV text of {@code series} with times in {@code zone}. */
  public static String encode(List<TimeSeries> series, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    for (TimeSeries s : series) {
      String name = field(s.name());
      for (int i = 0; i < s.size(); i++) {
        out.append(name).append(',');
        out.append(TIME.format(Instant.ofEpochSecond(s.start() + i * s.step()).atZone(zone)));
        out.append(',');
        double v = s.values()[i];
        if (!Double.isNaN(v)) {
          out.append(s.isInteger(i) ? Long.toString((long) v) : PythonFloats.repr(v));
        }
        out.append("\r\n");
      }
    }
    return out.toString();
  }

  private static String field(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + text.replace("\"", "\"\"") + '"';
      }
    }
    return text;
  }
}
