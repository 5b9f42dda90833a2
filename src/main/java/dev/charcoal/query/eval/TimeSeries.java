package dev.charcoal.query.eval;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A series as graphite-web's {@code TimeSeries} carries it between functions: {@code values[i]} is
 * the value at {@code start + i × step}, NaN where graphite-web has {@code None}; {@code end} is
 * the end graphite-web reports (usually {@code start + values.length × step}, but functions may set
 * it otherwise, so it is not derived).
 *
 * <p>{@code integers} marks the values that graphite-web holds as Python {@code int}s rather than
 * floats (e.g. {@code transformNull(x, 0)} writes {@code 0}, {@code countSeries} counts): its JSON
 * output prints them as {@code 0}, not {@code 0.0}. Empty for the usual all-float series. The
 * record never copies the arrays; treat them as read-only once a series is built.
 *
 * @param name the series name graphite-web prints, e.g. {@code sumSeries(a.*)}
 * @param pathExpression the target path the series came from (aggregates name themselves after it)
 * @param tags name→value in graphite-web's insertion order; always holds {@code name}
 * @param consolidationFunc how {@code maxDataPoints} consolidates it: {@code average}, {@code sum},
 *     {@code min}, {@code max}, {@code first}, {@code last}, {@code avg_zero}
 * @param valuesPerPoint set by consolidation; 1 until then
 * @param xFilesFactor the share of non-null values a consolidated point needs
 * @param options graphite-web's {@code series.options} (stacked, secondYAxis, color…): ordered
 */
public record TimeSeries(
    String name,
    String pathExpression,
    Map<String, String> tags,
    long start,
    long end,
    long step,
    double[] values,
    BitSet integers,
    String consolidationFunc,
    int valuesPerPoint,
    double xFilesFactor,
    Map<String, Object> options) {

  public TimeSeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pathExpression, "pathExpression");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(integers, "integers");
    Objects.requireNonNull(consolidationFunc, "consolidationFunc");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (step <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
  }

  /**
   * A fetched series: graphite-web's {@code TimeSeries(name, start, end, step, values)} with the
   * tags parsed from the name, consolidation {@code average} and the request's xFilesFactor.
   */
  public static TimeSeries of(
      String name,
      String pathExpression,
      long start,
      long end,
      long step,
      double[] values,
      double xFilesFactor) {
    return new TimeSeries(
        name,
        pathExpression,
        SeriesTags.parse(name),
        start,
        end,
        step,
        values,
        new BitSet(),
        "average",
        1,
        xFilesFactor,
        Map.of());
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** Whether value {@code i} is graphite-web's None. */
  public boolean isNull(int i) {
    return Double.isNaN(values[i]);
  }

  /** Whether value {@code i} is a Python int (see the class comment). */
  public boolean isInteger(int i) {
    return integers.get(i);
  }

  /** A copy renamed; graphite-web's {@code series.name = ...} (tags untouched). */
  public TimeSeries withName(String newName) {
    return new TimeSeries(
        newName,
        pathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /**
   * A copy renamed with {@code tags.name} set too, as graphite-web's functions do with {@code
   * series.tags['name'] = ...} alongside the rename.
   */
  public TimeSeries withNameAndTag(String newName) {
    Map<String, String> newTags = new LinkedHashMap<>(tags);
    newTags.put("name", newName);
    return withName(newName).withTags(newTags);
  }

  /** A copy with another path expression. */
  public TimeSeries withPathExpression(String newPathExpression) {
    return new TimeSeries(
        name,
        newPathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /** A copy with other tags. */
  public TimeSeries withTags(Map<String, String> newTags) {
    return new TimeSeries(
        name,
        pathExpression,
        newTags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /** A copy with one tag added or replaced (at the end when new, as a Python dict does). */
  public TimeSeries withTag(String tag, String value) {
    Map<String, String> newTags = new LinkedHashMap<>(tags);
    newTags.put(tag, value);
    return withTags(newTags);
  }

  /** A copy with other values, all floats, over the same time range. */
  public TimeSeries withValues(double[] newValues) {
    return withValues(newValues, new BitSet());
  }

  /** A copy with other values and their int marks, over the same time range. */
  public TimeSeries withValues(double[] newValues, BitSet newIntegers) {
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        start,
        end,
        step,
        newValues,
        newIntegers,
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /** A copy over another time range and step (e.g. summarize, timeShift). */
  public TimeSeries withTime(long newStart, long newEnd, long newStep, double[] newValues) {
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        newStart,
        newEnd,
        newStep,
        newValues,
        new BitSet(),
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /** A copy with another consolidation function (consolidateBy). */
  public TimeSeries withConsolidationFunc(String function) {
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        function,
        valuesPerPoint,
        xFilesFactor,
        options);
  }

  /** A copy consolidated {@code n} values per point when rendered (graphite-web's consolidate). */
  public TimeSeries withValuesPerPoint(int n) {
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        n,
        xFilesFactor,
        options);
  }

  /** A copy with another xFilesFactor. */
  public TimeSeries withXFilesFactor(double factor) {
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        valuesPerPoint,
        factor,
        options);
  }

  /** A copy with one option set ({@code series.options[key] = value}). */
  public TimeSeries withOption(String key, Object value) {
    Map<String, Object> newOptions = new LinkedHashMap<>(options);
    newOptions.put(key, value);
    return new TimeSeries(
        name,
        pathExpression,
        tags,
        start,
        end,
        step,
        values,
        integers,
        consolidationFunc,
        valuesPerPoint,
        xFilesFactor,
        newOptions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeSeries that
        && name.equals(that.name)
        && pathExpression.equals(that.pathExpression)
        && tags.equals(that.tags)
        && start == that.start
        && end == that.end
        && step == that.step
        && Arrays.equals(values, that.values)
        && integers.equals(that.integers)
        && consolidationFunc.equals(that.consolidationFunc)
        && valuesPerPoint == that.valuesPerPoint
        && Double.compare(xFilesFactor, that.xFilesFactor) == 0
        && options.equals(that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, start, step, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "TimeSeries[name=%s, start=%d, end=%d, step=%d, values=%d]"
        .formatted(name, start, end, step, values.length);
  }
}
