package dev.charcoal.ui.chart;

import java.util.Collection;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a chart pane shows, apart from the shared time range: its render targets in order. The
 * expression editor, per-pane options and dashboards build on this model, not on the view.
 */
public final class PaneModel {
  private final ObservableList<String> targets = FXCollections.observableArrayList();

  public PaneModel(Collection<String> initialTargets) {
    addTargets(initialTargets);
  }

  /** The targets, in legend order; changes refresh the pane. */
  public ObservableList<String> targets() {
    return targets;
  }

  /** Adds the targets not there yet (blank ones are ignored); returns whether any was added. */
  public boolean addTargets(Collection<String> newTargets) {
    var added =
        newTargets.stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !targets.contains(t))
            .distinct()
            .toList();
    return targets.addAll(added);
  }
}
