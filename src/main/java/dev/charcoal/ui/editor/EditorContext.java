package dev.charcoal.ui.editor;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.task.BackgroundTasks;

/**
 * What every expression editor of a window shares: the function catalogue (asked of the backend
 * once, in the background; completion offers no functions until it came) and the remembered tree
 * children. Used on the FX thread only.
 */
final class EditorContext {
  private final MetricNames names;
  private FunctionCatalog catalog = FunctionCatalog.EMPTY;

  EditorContext(Backend backend, BackgroundTasks tasks) {
    names = new MetricNames(backend, tasks);
    tasks.run(backend::functions, specs -> catalog = new FunctionCatalog(specs), failure -> {});
  }

  FunctionCatalog catalog() {
    return catalog;
  }

  MetricNames names() {
    return names;
  }
}
