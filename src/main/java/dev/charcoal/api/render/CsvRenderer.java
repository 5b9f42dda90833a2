package dev.charcoal.api.render;

import dev.charcoal.api.json.PyFloat;
import dev.charcoal.query.eval.TimeSeries;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code format=csv}: graphite-web's {@code renderViewCsv}, one {@code name,time,value} row per
 * value in Python's csv "excel" dialect ({@code \r\n}, fields quoted only when they hold a comma, a
 * quote or a line break). Times are in the request's zone. As in graphite-web, a consolidated
 * series still advances its times by the unconsolidated step.
 */
final class CsvRenderer {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CsvRenderer() {}

  static String render(List<TimeSeries> data, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    for (TimeSeries series : data) {
      PointValues values = PointValues.of(series);
      StringBuilder name = new StringBuilder();
      field(name, series.name());
      for (int i = 0; i < values.size(); i++) {
        out.append(name).append(',');
        Instant time = Instant.ofEpochSecond(series.start() + i * series.step());
        out.append(TIME.format(time.atZone(zone))).append(',');
        double v = values.values()[i];
        if (!Double.isNaN(v)) {
          if (values.isInt(i)) {
            out.append((long) v);
          } else {
            PyFloat.appendRepr(out, v);
          }
        }
        out.append("\r\n");
      }
    }
    return out.toString();
  }

  private static void field(StringBuilder out, String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.append(text);
      return;
    }
    out.append('"').append(text.replace("\"", "\"\"")).append('"');
  }
}
