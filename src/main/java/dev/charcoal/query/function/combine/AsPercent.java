package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * {@code asPercent(a.*)}, {@code asPercent(a.*, b)}, {@code asPercent(a.*, 1500)}: each series as a
 * percentage of a total: the sum of the list, one total series, a matching list (paired by sorted
 * name) or a number. Named {@code asPercent(a.x,sumSeries(a.*))}, {@code asPercent(a.x,b)}, {@code
 * asPercent(a.x,1500)}. With nodes ({@code asPercent(a.*.used, a.*.total, 1)}) see {@link
 * AsPercentByNodes}.
 *
 * <p>graphite-web normalizes the list in place first, so series with different steps are iterated
 * consolidated, yet the results keep each series' own start, end and step; this is reproduced.
 */
@GraphiteFunction(
    name = "asPercent",
    aliases = "pct",
    group = FunctionGroup.COMBINE,
    aggregator = true,
    description =
        "Each series as a percentage of a total: the sum of the list when no total is given, a"
            + " total series, a list of totals (matched by name or by nodes), or a number. Example:"
            + " asPercent(Server01.connections.{failed,succeeded}, Server01.connections.attempted)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "total", type = ParamType.ANY),
      @Param(name = "nodes", type = ParamType.NODE_OR_TAG, multiple = true)
    })
public final class AsPercent implements SeriesFunction {
  private static final Comparator<TimeSeries> BY_NAME = Comparator.comparing(TimeSeries::name);

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    Object total = args.value("total");
    Consolidations state = new Consolidations();
    state.normalize(seriesList);
    double xff = context.xFilesFactor();
    if (!args.values("nodes").isEmpty()) {
      return new AsPercentByNodes(state, xff).apply(seriesList, total, args.values("nodes"));
    }
    if (total instanceof List<?> list && list.size() == seriesList.size()) {
      return pairwise(seriesList, args.seriesList("total"), state, xff);
    }
    Columns.Column totals;
    String totalText;
    if (total == null) {
      totals = sumRows(seriesList, state);
      totalText = "sumSeries(" + SeriesLists.formatPathExpressions(seriesList) + ")";
    } else if (total instanceof List<?> list) {
      if (list.size() != 1) {
        throw new EvalException(
            "asPercent second argument must be missing, a single digit, reference exactly 1 series"
                + " or reference the same number of series as the first argument");
      }
      TimeSeries totalSeries = args.seriesList("total").get(0);
      List<TimeSeries> all = new ArrayList<>(seriesList);
      all.add(totalSeries);
      state.normalize(all);
      totals = state.column(totalSeries);
      totalText = totalSeries.name();
    } else {
      totals = constant(total, seriesList.get(0));
      totalText = PythonFormat.str(total);
    }
    List<TimeSeries> results = new ArrayList<>(seriesList.size());
    for (TimeSeries series : seriesList) {
      double[] values = percentages(state.column(series), totals);
      String name =
          "asPercent(%s,%s)"
              .formatted(series.name(), totalText.isEmpty() ? series.pathExpression() : totalText);
      results.add(
          TimeSeries.of(name, name, series.start(), series.end(), series.step(), values, xff));
    }
    return results;
  }

  /**
   * The i-th series of each list sorted by name, each pair normalized to its own step (a single
   * series and a single total included, as in graphite-web).
   */
  private static List<TimeSeries> pairwise(
      List<TimeSeries> seriesList, List<TimeSeries> totals, Consolidations state, double xff)
      throws EvalException {
    List<TimeSeries> sortedSeries = seriesList.stream().sorted(BY_NAME).toList();
    List<TimeSeries> sortedTotals = totals.stream().sorted(BY_NAME).toList();
    List<TimeSeries> results = new ArrayList<>(seriesList.size());
    for (int i = 0; i < sortedSeries.size(); i++) {
      TimeSeries series = sortedSeries.get(i);
      TimeSeries total = sortedTotals.get(i);
      SeriesLists.Normalized window = state.normalize(List.of(series, total));
      String name = "asPercent(%s,%s)".formatted(series.name(), total.name());
      results.add(
          TimeSeries.of(
              name,
              name,
              window.start(),
              window.end(),
              window.step(),
              percentages(state.column(series), state.column(total)),
              xff));
    }
    return results;
  }

  /** safeSum of each row of the list as iterated now (None only where the whole row is). */
  static Columns.Column sumRows(List<TimeSeries> seriesList, Consolidations state) {
    double[][] columns = new double[seriesList.size()][];
    int length = 0;
    for (int s = 0; s < columns.length; s++) {
      columns[s] = state.column(seriesList.get(s)).values();
      length = Math.max(length, columns[s].length);
    }
    return new Columns.Column(ColumnWise.aggregate(AggFunc.SUM, columns, length, 0), new BitSet());
  }

  /**
   * graphite-web's {@code [total] * len(seriesList[0])}: as many copies as the first series has raw
   * values; a string total fails on the first division.
   */
  private static Columns.Column constant(Object total, TimeSeries first) throws EvalException {
    double value;
    if (total instanceof Number n) {
      value = n.doubleValue();
    } else if (total instanceof Boolean b) {
      value = b ? 1 : 0;
    } else {
      throw new EvalException("asPercent: total must be a number or a series list, got " + total);
    }
    double[] values = new double[first.size()];
    Arrays.fill(values, value);
    return new Columns.Column(values, new BitSet());
  }

  /** safeMul(safeDiv(v, total), 100.0) over izip_longest of the two. */
  static double[] percentages(Columns.Column series, Columns.Column totals) {
    double[] out = new double[Math.max(series.size(), totals.size())];
    for (int i = 0; i < out.length; i++) {
      double v = series.get(i);
      double t = totals.get(i);
      out[i] = Double.isNaN(v) || Double.isNaN(t) || t == 0 ? Double.NaN : v / t * 100.0;
    }
    return out;
  }
}
