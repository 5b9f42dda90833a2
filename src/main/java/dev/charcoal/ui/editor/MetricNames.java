package dev.charcoal.ui.editor;

import dev.charcoal.ui.FxThread;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tree's children for path completion, asked of the backend in the background and remembered
 * while the user edits (a few levels are walked back and forth while typing one path). {@link
 * #forget} drops them when an edit starts, so new metrics show up. Used on the FX thread only.
 */
final class MetricNames {
  /** How many parents' children are remembered. */
  static final int MAX_REMEMBERED = 64;

  private final Backend backend;
  private final Slot requests;
  private String pending; // the parent asked for and not answered yet
  private Consumer<List<MetricNode>> pendingResult;
  private final Map<String, List<MetricNode>> remembered =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<MetricNode>> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  MetricNames(Backend backend, BackgroundTasks tasks) {
    this.backend = backend;
    this.requests = tasks.slot();
  }

  /**
   * Calls {@code onResult} on the FX thread with the children of {@code parent}: at once when
   * known, else once the backend answered (and not at all when a newer request superseded it or it
   * failed: completion then just shows no metrics).
   */
  void children(String parent, Consumer<List<MetricNode>> onResult) {
    FxThread.check();
    List<MetricNode> known = remembered.get(parent);
    if (known != null) {
      onResult.accept(known);
      return;
    }
    boolean asked = parent.equals(pending);
    pending = parent;
    pendingResult = onResult;
    if (asked) {
      return; // typing on under the same parent: one answer serves the newest caller
    }
    requests.run(
        () -> backend.children(parent),
        children -> {
          remembered.put(parent, children);
          if (parent.equals(pending)) {
            pending = null;
            pendingResult.accept(children);
          }
        },
        failure -> {
          if (parent.equals(pending)) {
            pending = null;
          }
        });
  }

  /** Forgets what was remembered. */
  void forget() {
    remembered.clear();
    pending = null;
  }
}
