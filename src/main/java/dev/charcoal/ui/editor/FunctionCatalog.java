package dev.charcoal.ui.editor;

import dev.charcoal.query.eval.FunctionSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The render functions the editor completes and documents, from the backend's function metadata:
 * looked up by name, and matched against what is typed (names that start with it first, then names
 * that contain it, each alphabetically, case ignored).
 */
final class FunctionCatalog {
  /** Before the backend answered. */
  static final FunctionCatalog EMPTY = new FunctionCatalog(List.of());

  private final List<FunctionSpec> sorted;
  private final Map<String, FunctionSpec> byName = new HashMap<>();

  FunctionCatalog(List<FunctionSpec> specs) {
    List<FunctionSpec> copy = new ArrayList<>(specs);
    copy.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
    sorted = List.copyOf(copy);
    for (FunctionSpec spec : sorted) {
      byName.put(spec.name(), spec);
    }
  }

  /** The function named exactly {@code name}, or null. */
  FunctionSpec get(String name) {
    return byName.get(name);
  }

  /** Functions whose name starts with {@code typed}, then those that contain it. */
  List<FunctionSpec> matching(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    List<FunctionSpec> starts = new ArrayList<>();
    List<FunctionSpec> contains = new ArrayList<>();
    for (FunctionSpec spec : sorted) {
      String name = spec.name().toLowerCase(Locale.ROOT);
      if (name.startsWith(lower)) {
        starts.add(spec);
      } else if (name.contains(lower)) {
        contains.add(spec);
      }
    }
    starts.addAll(contains);
    return starts;
  }

  int size() {
    return sorted.size();
  }
}
