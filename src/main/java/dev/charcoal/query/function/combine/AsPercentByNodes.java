package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code asPercent(a.*.used, a.*.total, 1)}: series and totals matched by their nodes or tags (as
 * groupByNodes keys them); a group's several totals are summed, and with no total each series is a
 * percentage of its own group's sum. Unmatched keys give all-None series named {@code
 * asPercent(x,MISSING)} or {@code asPercent(MISSING,total)}.
 *
 * <p>graphite-web gives the unmatched and summed results the start, end and step of whatever series
 * pair or group it normalized last (and fails when it has normalized none yet); this is reproduced,
 * as {@link #window}.
 */
final class AsPercentByNodes {
  private static final String MISSING = "MISSING";

  private final Consolidations state;
  private final double xff;

  /** Python's lingering {@code start, end, step} locals; null until first assigned. */
  private SeriesLists.Normalized window;

  AsPercentByNodes(Consolidations state, double xff) {
    this.state = state;
    this.xff = xff;
  }

  List<TimeSeries> apply(List<TimeSeries> seriesList, Object total, List<Object> nodes)
      throws EvalException {
    Set<String> keys = new LinkedHashSet<>();
    Map<String, List<TimeSeries>> groups = group(seriesList, nodes, keys);
    Map<String, TimeSeries> totals = new LinkedHashMap<>();
    if (total == null) {
      for (String key : keys) {
        totals.put(key, sumOf(groups.get(key)));
      }
    } else if (total instanceof List<?> list) {
      List<TimeSeries> totalList = new ArrayList<>(list.size());
      for (Object item : list) {
        if (!(item instanceof TimeSeries series)) {
          throw new EvalException("asPercent: total must be None or a seriesList");
        }
        totalList.add(series);
      }
      for (Map.Entry<String, List<TimeSeries>> group : group(totalList, nodes, keys).entrySet()) {
        totals.put(group.getKey(), sumOf(group.getValue()));
      }
    } else {
      throw new EvalException("total must be None or a seriesList");
    }
    List<TimeSeries> results = new ArrayList<>();
    for (String key : keys) {
      if (!groups.containsKey(key)) {
        TimeSeries total2 = totals.get(key);
        results.add(missing("asPercent(" + MISSING + "," + total2.name() + ")", total2));
        continue;
      }
      for (TimeSeries series : groups.get(key)) {
        TimeSeries total2 = totals.get(key);
        if (total2 == null) {
          results.add(missing("asPercent(" + series.name() + "," + MISSING + ")", series));
          continue;
        }
        window = state.normalize(List.of(series, total2));
        double[] values = AsPercent.percentages(state.column(series), state.column(total2));
        String name = "asPercent(" + series.name() + "," + total2.name() + ")";
        results.add(build(name, values));
      }
    }
    return results;
  }

  /** Groups by aggKey in order of first appearance; new keys are appended to {@code keys}. */
  private static Map<String, List<TimeSeries>> group(
      List<TimeSeries> seriesList, List<Object> nodes, Set<String> keys) {
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    for (TimeSeries series : seriesList) {
      String key = SeriesLists.aggKey(series, nodes);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(series);
      keys.add(key);
    }
    return groups;
  }

  /** The group's only series, or a new {@code sumSeries(...)} of its rows. */
  private TimeSeries sumOf(List<TimeSeries> group) throws EvalException {
    if (group.size() == 1) {
      return group.get(0);
    }
    String name = "sumSeries(" + SeriesLists.formatPathExpressions(group) + ")";
    window = state.normalize(group);
    return build(name, AsPercent.sumRows(group, state).values());
  }

  /** All None, as many as the series iterates to now. */
  private TimeSeries missing(String name, TimeSeries like) throws EvalException {
    double[] values = new double[state.column(like).size()];
    Arrays.fill(values, Double.NaN);
    return build(name, values);
  }

  private TimeSeries build(String name, double[] values) throws EvalException {
    if (window == null) {
      throw new EvalException(
          "asPercent: no series pair to take start, end and step from (graphite-web fails here"
              + " with an UnboundLocalError)");
    }
    return TimeSeries.of(name, name, window.start(), window.end(), window.step(), values, xff);
  }
}
