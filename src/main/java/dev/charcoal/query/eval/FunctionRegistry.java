package dev.charcoal.query.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The render functions by name (aliases included), built from the {@link GraphiteFunction}
 * annotations of the implementations it is given.
 */
public final class FunctionRegistry {
  /** A registered name: its metadata and its implementation. */
  public record Entry(FunctionSpec spec, SeriesFunction function) {}

  private final Map<String, Entry> byName;

  private FunctionRegistry(Map<String, Entry> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * A registry of these implementations.
   *
   * @throws IllegalArgumentException when one is not annotated or two claim the same name
   */
  public static FunctionRegistry of(Collection<? extends SeriesFunction> functions) {
    Map<String, Entry> byName = new TreeMap<>();
    for (SeriesFunction function : functions) {
      GraphiteFunction[] annotations =
          function.getClass().getAnnotationsByType(GraphiteFunction.class);
      if (annotations.length == 0) {
        throw new IllegalArgumentException(
            function.getClass().getName() + " has no @GraphiteFunction");
      }
      for (GraphiteFunction annotation : annotations) {
        register(byName, FunctionSpec.of(annotation, annotation.name()), function);
        for (String alias : annotation.aliases()) {
          register(byName, FunctionSpec.of(annotation, alias), function);
        }
      }
    }
    return new FunctionRegistry(byName);
  }

  private static void register(
      Map<String, Entry> byName, FunctionSpec spec, SeriesFunction function) {
    Entry previous = byName.putIfAbsent(spec.name(), new Entry(spec, function));
    if (previous != null) {
      throw new IllegalArgumentException(
          spec.name()
              + " is claimed by "
              + previous.function().getClass().getName()
              + " and "
              + function.getClass().getName());
    }
  }

  /** The function registered as {@code name}. */
  public Optional<Entry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every registered name with its entry, sorted by name. */
  public Map<String, Entry> entries() {
    return byName;
  }

  /** Every spec, sorted by name. */
  public List<FunctionSpec> specs() {
    return byName.values().stream().map(Entry::spec).toList();
  }
}
