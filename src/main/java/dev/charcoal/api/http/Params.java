package dev.charcoal.api.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters as Django's {@code QueryDict} holds them: each name keeps every value in
 * order; {@link #get} answers the last one, as {@code queryParams['x']} does.
 */
public final class Params {
  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** No parameters. */
  public static Params empty() {
    return new Params(Map.of());
  }

  /** Builds a parameter set in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** The last value of {@code name}, or null when absent. */
  public String get(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /** The last value of {@code name}, or {@code fallback} when absent. */
  public String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /** Every value of {@code name}, in order; empty when absent. */
  public List<String> getList(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** Whether {@code name} was given at all (even empty), Python's {@code name in queryParams}. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The names in first-seen order with all their values. */
  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }

  /**
   * These parameters followed by {@code other}'s: Django's {@code GET.copy().update(POST)}, which
   * appends POST's values to GET's rather than replacing them.
   */
  public Params merge(Params other) {
    Builder builder = builder();
    values.forEach((name, list) -> list.forEach(v -> builder.add(name, v)));
    other.values.forEach((name, list) -> list.forEach(v -> builder.add(name, v)));
    return builder.build();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /** Collects name/value pairs in order. */
  public static final class Builder {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    public Params build() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
      return new Params(copy);
    }
  }
}
