package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * graphite-web's {@code aggregate()} body, shared by {@code aggregate} and the {@code *Series}
 * shorthands: normalize the lists to one step, apply the function to each row of values (a row with
 * too few non-null values for the xFilesFactor is None), name the result {@code <func>Series(<path
 * expressions>)} and keep only the tags every input shares.
 */
final class Aggregation {
  private Aggregation() {}

  /**
   * Aggregates.
   *
   * @param func the aggregation as given ({@code sum}, {@code avg}, or the deprecated {@code
   *     sumSeries}); names the result
   * @param xFilesFactor null for the request's
   */
  static List<TimeSeries> aggregate(
      List<List<TimeSeries>> seriesLists, String func, Double xFilesFactor, EvalContext context)
      throws EvalException {
    String name = func.endsWith("Series") ? func.substring(0, func.length() - 6) : func;
    AggFunc aggFunc;
    try {
      aggFunc = AggFunc.of(name);
    } catch (EvalException unknown) {
      throw new EvalException("Unsupported aggregation function: " + func);
    }
    if (seriesLists.stream().allMatch(List::isEmpty)) {
      return List.of();
    }
    SeriesLists.Normalized normalized = SeriesLists.normalize(seriesLists);
    List<TimeSeries> series = normalized.series();
    double xff = xFilesFactor != null ? xFilesFactor : series.get(0).xFilesFactor();
    double[][] columns = new double[series.size()][];
    int length = 0;
    for (int s = 0; s < series.size(); s++) {
      columns[s] = SeriesLists.iterate(series.get(s));
      length = Math.max(length, columns[s].length);
    }
    double[] values = new double[length];
    BitSet integers = new BitSet();
    double[] row = new double[series.size()];
    for (int i = 0; i < length; i++) {
      for (int s = 0; s < series.size(); s++) {
        row[s] = i < columns[s].length ? columns[s][i] : Double.NaN;
      }
      values[i] = SeriesLists.xffValues(row, xff) ? aggFunc.apply(row) : Double.NaN;
      if (aggFunc.integral() && !Double.isNaN(values[i])) {
        integers.set(i);
      }
    }
    String seriesName = name + "Series(" + SeriesLists.formatPathExpressions(series) + ")";
    Map<String, String> tags = new LinkedHashMap<>(series.get(0).tags());
    for (TimeSeries each : series) {
      tags.entrySet().removeIf(tag -> !tag.getValue().equals(each.tags().get(tag.getKey())));
    }
    tags.putIfAbsent("name", seriesName);
    tags.put("aggregatedBy", name);
    TimeSeries result =
        new TimeSeries(
            seriesName,
            seriesName,
            tags,
            normalized.start(),
            normalized.end(),
            normalized.step(),
            values,
            integers,
            "average",
            1,
            xff,
            Map.of());
    return List.of(result);
  }
}
