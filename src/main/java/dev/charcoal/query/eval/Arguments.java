package dev.charcoal.query.eval;

import dev.charcoal.query.parse.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's evaluated arguments, bound to the function's parameter names as Python binds them
 * (positional first, a variadic parameter takes the remaining positionals, then keywords).
 *
 * <p>Values keep graphite-web's Python types, because output names depend on them ({@code
 * scale(x,2)} vs {@code scale(x,2.0)}): a series list is a {@code List<TimeSeries>}, an int a
 * {@link Long}, a float a {@link Double} ({@code inf} included), then {@link String}, {@link
 * Boolean}, and {@code null} for None. A variadic parameter holds a {@code List} of those.
 */
public final class Arguments {
  private final String function;
  private final Map<String, Object> values;
  private final Map<String, Object> expressions;

  /**
   * Bound arguments.
   *
   * @param function the name the function was called by
   * @param values parameter name → value (a List for a variadic parameter); absent when not given
   * @param expressions parameter name → its {@link Expression} (a List for a variadic one)
   */
  public Arguments(String function, Map<String, Object> values, Map<String, Object> expressions) {
    this.function = function;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
  }

  /** The name the function was called by (an alias stays an alias). */
  public String function() {
    return function;
  }

  /** Whether the argument was given, even as None. */
  public boolean given(String param) {
    return values.containsKey(param);
  }

  /** Whether the argument was given and is not None. */
  public boolean has(String param) {
    return values.get(param) != null;
  }

  /** The value as evaluated (see the class comment), null when absent or None. */
  public Object value(String param) {
    return values.get(param);
  }

  /** The values of a variadic parameter, empty when none were given. */
  public List<Object> values(String param) {
    Object value = values.get(param);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list && isVariadic(list)) {
      return Collections.unmodifiableList(new ArrayList<>(list));
    }
    return List.of(value);
  }

  /** The argument's expression as written, for functions that re-evaluate it. */
  public Expression expression(String param) throws EvalException {
    if (expressions.get(param) instanceof Expression expression) {
      return expression;
    }
    throw new EvalException(function + ": missing argument " + param);
  }

  /** A required series list. */
  public List<TimeSeries> seriesList(String param) throws EvalException {
    Object value = values.get(param);
    if (value == null) {
      throw new EvalException(function + ": missing argument " + param);
    }
    return asSeriesList(param, value);
  }

  /** An optional series list; null when absent or None. */
  public List<TimeSeries> seriesListOrNull(String param) throws EvalException {
    Object value = values.get(param);
    return value == null ? null : asSeriesList(param, value);
  }

  /** The series lists of a variadic parameter, in argument order. */
  public List<List<TimeSeries>> seriesLists(String param) throws EvalException {
    List<List<TimeSeries>> lists = new ArrayList<>();
    for (Object value : values(param)) {
      lists.add(asSeriesList(param, value));
    }
    return lists;
  }

  /** A required number (int or float). */
  public double number(String param) throws EvalException {
    Object value = values.get(param);
    if (value == null) {
      throw new EvalException(function + ": missing argument " + param);
    }
    return asNumber(param, value);
  }

  /** A number, or {@code fallback} when absent or None. */
  public double number(String param, double fallback) throws EvalException {
    Object value = values.get(param);
    return value == null ? fallback : asNumber(param, value);
  }

  /** A required integer (a float with no fraction is accepted, as Python's int() would). */
  public long integer(String param) throws EvalException {
    double number = number(param);
    if (number != Math.rint(number) || Double.isInfinite(number)) {
      throw new EvalException(function + ": " + param + " must be an integer, got " + number);
    }
    return (long) number;
  }

  /** An integer, or {@code fallback} when absent or None. */
  public long integer(String param, long fallback) throws EvalException {
    return has(param) ? integer(param) : fallback;
  }

  /** A required string. */
  public String string(String param) throws EvalException {
    Object value = values.get(param);
    if (value instanceof String s) {
      return s;
    }
    throw new EvalException(
        function + ": " + param + " must be a string" + (value == null ? "" : ", got " + value));
  }

  /** A string, or {@code fallback} when absent or None. */
  public String string(String param, String fallback) throws EvalException {
    return has(param) ? string(param) : fallback;
  }

  /** A boolean with Python truthiness (graphite-web passes what it got), or {@code fallback}. */
  public boolean bool(String param, boolean fallback) {
    if (!given(param)) {
      return fallback;
    }
    Object value = values.get(param);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    return value instanceof List<?> list && !list.isEmpty();
  }

  private List<TimeSeries> asSeriesList(String param, Object value) throws EvalException {
    if (value instanceof List<?> list && !isVariadic(list)) {
      List<TimeSeries> series = new ArrayList<>(list.size());
      for (Object item : list) {
        if (!(item instanceof TimeSeries one)) {
          // mapSeries' list of series lists, given where one list is expected
          throw new EvalException(function + ": " + param + " must be a series list");
        }
        series.add(one);
      }
      return series;
    }
    throw new EvalException(function + ": " + param + " must be a series list, got " + value);
  }

  private double asNumber(String param, Object value) throws EvalException {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw new EvalException(function + ": " + param + " must be a number, got " + value);
  }

  /**
   * A variadic parameter's List is a {@link Variadic}; a series list is any other List (possibly
   * empty), so the two never mix up.
   */
  private static boolean isVariadic(List<?> list) {
    return list instanceof Variadic;
  }

  /** The list a variadic parameter's values are bound in. */
  public static final class Variadic extends ArrayList<Object> {
    public Variadic(List<?> items) {
      super(items);
    }
  }
}
