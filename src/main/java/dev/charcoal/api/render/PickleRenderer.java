package dev.charcoal.api.render;

import dev.charcoal.query.eval.TimeSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.Pickler;

/**
 * {@code format=pickle}: graphite-web's {@code renderViewPickle}, the list of each series' {@code
 * getInfo()} dict ({@code name, start, end, step, values, pathExpression, valuesPerPoint,
 * consolidationFunc, xFilesFactor}). Written with pickle protocol 2, which every Python reads;
 * graphite-web writes its highest protocol, so the bytes differ but the unpickled objects are
 * equal.
 */
final class PickleRenderer {
  private PickleRenderer() {}

  static byte[] render(List<TimeSeries> data) {
    List<Map<String, Object>> infos = new ArrayList<>(data.size());
    for (TimeSeries series : data) {
      infos.add(info(series));
    }
    try {
      return new Pickler().dumps(infos);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory: cannot happen
    }
  }

  private static Map<String, Object> info(TimeSeries series) {
    PointValues values = PointValues.of(series);
    List<Object> list = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      double v = values.values()[i];
      if (Double.isNaN(v)) {
        list.add(null);
      } else if (values.isInt(i)) {
        list.add((long) v);
      } else {
        list.add(v);
      }
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("name", series.name());
    info.put("start", series.start());
    info.put("end", series.end());
    info.put("step", series.step());
    info.put("values", list);
    info.put("pathExpression", series.pathExpression());
    info.put("valuesPerPoint", series.valuesPerPoint());
    info.put("consolidationFunc", series.consolidationFunc());
    info.put("xFilesFactor", series.xFilesFactor());
    return info;
  }
}
