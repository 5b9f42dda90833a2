package dev.charcoal.ui.chart;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * A pane's refresh, run on the background executor: evaluates each target on its own (one bad
 * target shows its error and leaves the others drawn), then prepares the result for the chart.
 */
final class PaneQuery {
  /** What a refresh produced: the data over {@code window}, and one message per failed target. */
  record Result(PlotData data, List<String> errors, TimeWindow window) {}

  private PaneQuery() {}

  static Result run(Backend backend, List<String> targets, TimeWindow window, int maxPoints) {
    List<TimeSeries> series = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String target : targets) {
      try {
        series.addAll(
            backend.evaluate(
                List.of(target), window.fromSecond(), window.untilSecond(), maxPoints));
      } catch (BackendException e) {
        errors.add(target + ": " + e.getMessage());
      }
    }
    return new Result(PlotPreparer.prepare(series, maxPoints), errors, window);
  }
}
