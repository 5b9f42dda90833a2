package dev.charcoal.api.render;

import dev.charcoal.api.json.PyFloat;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;

/**
 * {@code format=raw}: graphite-web's {@code renderViewRaw}, a line {@code
 * name,start,end,step|v,v,...} per series with each value as Python's {@code repr} ({@code None}
 * for a gap).
 */
final class RawRenderer {
  private RawRenderer() {}

  static String render(List<TimeSeries> data) {
    StringBuilder out = new StringBuilder();
    for (TimeSeries series : data) {
      out.append(series.name()).append(',').append(series.start()).append(',');
      out.append(series.end()).append(',').append(series.step()).append('|');
      PointValues values = PointValues.of(series);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        double v = values.values()[i];
        if (Double.isNaN(v)) {
          out.append("None");
        } else if (values.isInt(i)) {
          out.append((long) v);
        } else {
          PyFloat.appendRepr(out, v);
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
