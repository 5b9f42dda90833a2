package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The valuesPerPoint graphite-web's {@code normalize()} leaves on the series objects during one
 * function call. graphite-web's series are mutable: a function that normalizes the same series
 * twice (asPercent first over the whole list, then per pair) iterates each with whatever the last
 * normalize set. Our series are immutable, so this keeps that state beside them, by identity.
 */
final class Consolidations {
  private final Map<TimeSeries, Integer> perPoint = new IdentityHashMap<>();

  /** normalize(): sets every series' valuesPerPoint; the common start, end and step. */
  SeriesLists.Normalized normalize(List<TimeSeries> series) throws EvalException {
    SeriesLists.Normalized normalized = SeriesLists.normalize(List.of(series));
    for (int i = 0; i < series.size(); i++) {
      perPoint.put(series.get(i), normalized.series().get(i).valuesPerPoint());
    }
    return normalized;
  }

  /** The series' values as graphite-web iterates them now. */
  Columns.Column column(TimeSeries series) {
    Integer per = perPoint.get(series);
    return Columns.of(per == null ? series : series.withValuesPerPoint(per));
  }
}
