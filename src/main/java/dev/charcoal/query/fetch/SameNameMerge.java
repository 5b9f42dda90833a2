package dev.charcoal.query.fetch;

import dev.charcoal.model.MetricName;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * graphite-web's {@code datalib._merge_results} with its default {@code REMOTE_STORE_MERGE_RESULTS
 * = True}: fetched series keyed by name, sorted by name at the end. A second series of a known name
 * (two files named alike under escaped wildcards) fills the known one's nulls when both have the
 * same length, and replaces it otherwise; a known series without nulls is kept. graphite-web then
 * counts the replacement as having no nulls, so it stays.
 */
final class SameNameMerge {
  private final Map<String, TimeSeries> byName = new TreeMap<>(MetricName.CODE_POINT_ORDER);
  private final Map<String, Integer> knownNulls = new HashMap<>();

  void add(TimeSeries series) {
    String name = series.name();
    TimeSeries known = byName.get(name);
    if (known == null) {
      byName.put(name, series);
      return;
    }
    int nulls = knownNulls.computeIfAbsent(name, n -> nulls(known.values()));
    if (nulls == 0 || series.size() == 0) {
      return;
    }
    if (series.size() != known.size()) {
      byName.put(name, series);
      knownNulls.put(name, 0);
      return;
    }
    double[] values = Arrays.copyOf(known.values(), known.size());
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = series.values()[i];
      }
    }
    byName.put(
        name,
        TimeSeries.of(
            name,
            known.pathExpression(),
            known.start(),
            known.end(),
            known.step(),
            values,
            known.xFilesFactor()));
    knownNulls.put(name, nulls(values));
  }

  List<TimeSeries> sorted() {
    return new ArrayList<>(byName.values());
  }

  private static int nulls(double[] values) {
    int n = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }
}
