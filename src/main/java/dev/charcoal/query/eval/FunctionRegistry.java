package dev.charcoal.query.eval;

import java.util.ArrayList;
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
    Map<String, Entry> byName = register(functions);
    // graphite-web's aggFunc and aggOrSeriesFunc types carry their options themselves: the
    // aggregation names, and for the latter also every function marked aggregator.
    List<String> aggregators =
        byName.values().stream()
            .filter(entry -> entry.spec().aggregator())
            .map(entry -> entry.spec().name())
            .toList();
    byName.replaceAll(
        (name, entry) -> new Entry(withTypeOptions(entry.spec(), aggregators), entry.function()));
    return new FunctionRegistry(byName);
  }

  private static FunctionSpec withTypeOptions(FunctionSpec spec, List<String> aggregators) {
    List<ParamSpec> params = new ArrayList<>();
    for (ParamSpec param : spec.params()) {
      List<String> options = param.optionsJson();
      if (options.isEmpty() && param.type() == ParamType.AGG_FUNC) {
        options = jsonStrings(AggFunc.names());
      } else if (options.isEmpty() && param.type() == ParamType.AGG_OR_SERIES_FUNC) {
        List<String> names = new ArrayList<>(AggFunc.names());
        names.addAll(aggregators);
        options = jsonStrings(names);
      }
      params.add(
          new ParamSpec(
              param.name(),
              param.type(),
              param.required(),
              param.multiple(),
              param.defaultJson(),
              options,
              param.suggestionsJson(),
              param.keyword()));
    }
    return new FunctionSpec(
        spec.name(), spec.canonical(), spec.group(), spec.aggregator(), spec.description(), params);
  }

  /** The names as JSON strings, sorted as graphite-web sorts options (by their text). */
  private static List<String> jsonStrings(List<String> names) {
    return names.stream().distinct().sorted().map(name -> '"' + name + '"').toList();
  }

  private static Map<String, Entry> register(Collection<? extends SeriesFunction> functions) {
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
    return byName;
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
