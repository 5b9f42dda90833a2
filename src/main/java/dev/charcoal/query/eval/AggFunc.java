package dev.charcoal.query.eval;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * graphite-web's {@code aggFuncs} (functions/aggfuncs.py): the aggregation a function such as
 * {@code aggregate}, {@code summarize} or {@code highest} applies to a row or window of values,
 * looked up by name or alias. NaN in and out stands for None.
 */
public enum AggFunc {
  AVERAGE("average", Safe::average),
  AVG_ZERO("avg_zero", Safe::averageZero),
  MEDIAN("median", Safe::median),
  SUM("sum", Safe::sum),
  MIN("min", Safe::min),
  MAX("max", Safe::max),
  DIFF("diff", Safe::diff),
  STDDEV("stddev", Safe::stddev),
  COUNT("count", values -> Safe.count(values)),
  RANGE("range", values -> Safe.max(values) - Safe.min(values)),
  MULTIPLY("multiply", Safe::multiply),
  LAST("last", Safe::last);

  private static final Map<String, AggFunc> ALIASES =
      Map.of("rangeOf", RANGE, "avg", AVERAGE, "total", SUM, "current", LAST);

  private final String graphiteName;
  private final ToDoubleFunction<double[]> body;

  AggFunc(String graphiteName, ToDoubleFunction<double[]> body) {
    this.graphiteName = graphiteName;
    this.body = body;
  }

  /** The base name, e.g. {@code average}. */
  public String graphiteName() {
    return graphiteName;
  }

  /** Whether graphite-web's result is a Python int ({@code count}): JSON prints it without ".0". */
  public boolean integral() {
    return this == COUNT;
  }

  /** Applies the aggregation: NaN (None) where graphite-web gives None. */
  public double apply(double[] values) {
    return body.applyAsDouble(values);
  }

  /**
   * {@code getAggFunc}: a base name or alias ({@code avg}, {@code total}, {@code current}, {@code
   * rangeOf}); the deprecated {@code sumSeries}-style names are the caller's to strip.
   *
   * @throws EvalException {@code Unsupported aggregation function: NAME}, as graphite-web says
   */
  public static AggFunc of(String name) throws EvalException {
    for (AggFunc func : values()) {
      if (func.graphiteName.equals(name)) {
        return func;
      }
    }
    AggFunc alias = ALIASES.get(name);
    if (alias == null) {
      throw new EvalException("Unsupported aggregation function: " + name);
    }
    return alias;
  }

  /** Every accepted name, base names first: the options {@code /functions} lists. */
  public static java.util.List<String> names() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (AggFunc func : values()) {
      names.add(func.graphiteName);
    }
    names.addAll(java.util.List.of("rangeOf", "avg", "total", "current"));
    return names;
  }
}
