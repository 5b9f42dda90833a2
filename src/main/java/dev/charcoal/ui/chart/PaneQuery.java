package dev.charcoal.ui.chart;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.time.TimeWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pane's refresh, run on the background executor: evaluates each target on its own (one bad
 * target shows its error and leaves the others drawn), then the timeshift overlays, then prepares
 * the result for the chart.
 */
final class PaneQuery {
  /** What a refresh produced: the data over {@code window}, and the targets that failed. */
  record Result(PlotData data, List<TargetError> errors, TimeWindow window) {}

  private PaneQuery() {}

  static Result run(
      Backend backend,
      List<String> targets,
      List<Overlay> overlays,
      TimeWindow window,
      int maxPoints) {
    List<TimeSeries> series = new ArrayList<>();
    List<TargetError> errors = new ArrayList<>();
    Map<String, Integer> firstOfTarget = new HashMap<>();
    Map<String, List<TimeSeries>> byTarget = new HashMap<>();
    for (String target : targets) {
      List<TimeSeries> result = evaluate(backend, target, window, maxPoints, errors);
      firstOfTarget.put(target, series.size());
      byTarget.put(target, result);
      series.addAll(result);
    }
    List<PlotPreparer.Shifted> shifted = new ArrayList<>();
    for (Overlay overlay : overlays) {
      List<TimeSeries> base = byTarget.getOrDefault(overlay.base(), List.of());
      int first = firstOfTarget.getOrDefault(overlay.base(), -1);
      List<TimeSeries> result = evaluate(backend, overlay.target(), window, maxPoints, errors);
      for (int i = 0; i < result.size(); i++) {
        int match = baseIndex(result.get(i), i, base, overlay.shift());
        shifted.add(
            new PlotPreparer.Shifted(
                result.get(i), match < 0 ? -1 : first + match, overlay.label()));
      }
    }
    return new Result(PlotPreparer.prepare(series, shifted, maxPoints), errors, window);
  }

  private static List<TimeSeries> evaluate(
      Backend backend, String target, TimeWindow window, int maxPoints, List<TargetError> errors) {
    try {
      return backend.evaluate(
          List.of(target), window.fromSecond(), window.untilSecond(), maxPoints);
    } catch (BackendException e) {
      errors.add(new TargetError(target, e.getMessage(), e.position()));
      return List.of();
    }
  }

  /**
   * Which of the base target's series {@code shifted} shows: graphite names it {@code
   * timeShift(NAME, "SHIFT")} after the base series, else (an alias around it, say) the one at the
   * same place; -1 when there is none.
   */
  private static int baseIndex(TimeSeries shifted, int i, List<TimeSeries> base, String shift) {
    for (int b = 0; b < base.size(); b++) {
      if (shifted.name().equals("timeShift(" + base.get(b).name() + ", \"" + shift + "\")")) {
        return b;
      }
    }
    return i < base.size() ? i : -1;
  }
}
