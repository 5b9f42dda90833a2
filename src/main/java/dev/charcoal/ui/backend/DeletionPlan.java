package dev.charcoal.ui.backend;

import java.util.List;

/**
 * What deleting some tree nodes removes, for the confirmation to name before anything goes.
 *
 * @param metrics the metrics, sorted
 * @param files how many of them have a whisper file (the others are only in the cache)
 */
public record DeletionPlan(List<String> metrics, int files) {
  public DeletionPlan {
    metrics = List.copyOf(metrics);
  }

  public boolean isEmpty() {
    return metrics.isEmpty();
  }
}
