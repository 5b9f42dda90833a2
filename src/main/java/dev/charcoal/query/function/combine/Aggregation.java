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
 * graphite-web's {@code aggregate()} body, shared by {@code aggregate}, the {@code *Series}
 * shorthands, the {@code *SeriesLists}, {@code *WithWildcards} and {@code groupBy*} families:
 * normalize the lists to one step, apply the function to each row of values (a row with too few
 * non-null values for the xFilesFactor is None), name the result {@code <func>Series(<path
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
   * @throws EvalException for an unknown function, as graphite-web's getAggFunc
   */
  static List<TimeSeries> aggregate(
      List<List<TimeSeries>> seriesLists, String func, Double xFilesFactor, EvalContext context)
      throws EvalException {
    String name = func.endsWith("Series") ? func.substring(0, func.length() - 6) : func;
    AggFunc aggFunc = aggFunc(name, func);
    if (seriesLists.stream().allMatch(List::isEmpty)) {
      return List.of();
    }
    SeriesLists.Normalized normalized = SeriesLists.normalize(seriesLists);
    List<TimeSeries> series = normalized.series();
    double xff = xFilesFactor != null ? xFilesFactor : context.xFilesFactor();
    Columns.Column[] columns = new Columns.Column[series.size()];
    int length = 0;
    boolean anyInts = false;
    for (int s = 0; s < series.size(); s++) {
      columns[s] = Columns.of(series.get(s));
      length = Math.max(length, columns[s].size());
      anyInts |= !columns[s].ints().isEmpty();
    }
    double[] values;
    BitSet integers = new BitSet();
    if (!anyInts && ColumnWise.supports(aggFunc)) {
      double[][] arrays = new double[columns.length][];
      for (int s = 0; s < columns.length; s++) {
        arrays[s] = columns[s].values();
      }
      values = ColumnWise.aggregate(aggFunc, arrays, length, xff);
    } else {
      values = byRow(aggFunc, columns, length, xff, anyInts, integers);
    }
    if (aggFunc.integral()) {
      for (int i = 0; i < length; i++) {
        integers.set(i, !Double.isNaN(values[i]));
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

  /** Row by row, marking the Python ints among the results. */
  private static double[] byRow(
      AggFunc aggFunc,
      Columns.Column[] columns,
      int length,
      double xff,
      boolean anyInts,
      BitSet integers) {
    double[] values = new double[length];
    double[] row = new double[columns.length];
    boolean[] rowInts = new boolean[columns.length];
    for (int i = 0; i < length; i++) {
      for (int s = 0; s < columns.length; s++) {
        row[s] = columns[s].get(i);
        rowInts[s] = anyInts && columns[s].isInt(i);
      }
      values[i] = SeriesLists.xffValues(row, xff) ? aggFunc.apply(row) : Double.NaN;
      if (anyInts && !Double.isNaN(values[i]) && IntRows.isInt(aggFunc, row, rowInts)) {
        integers.set(i);
      }
    }
    return values;
  }

  /** getAggFunc, with graphite-web's message naming the function as it was given. */
  static AggFunc aggFunc(String name, String given) throws EvalException {
    try {
      return AggFunc.of(name);
    } catch (EvalException unknown) {
      throw new EvalException("Unsupported aggregation function: " + given);
    }
  }
}
