package dev.charcoal.query.eval;

import dev.charcoal.query.parse.Call;
import dev.charcoal.query.parse.Expression;
import dev.charcoal.query.parse.PathExpression;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The helpers at the top of graphite-web's {@code render/functions.py} that many functions share:
 * normalize, getNodeOrTag, aggKey, formatPathExpressions, xff, and iteration with consolidation.
 */
public final class SeriesLists {
  private SeriesLists() {}

  /**
   * graphite-web's {@code normalize}: the series of all lists together, each consolidated to the
   * least common multiple of their steps, with the common {@code start}, {@code end} (trimmed to
   * whole steps) and {@code step}.
   *
   * @param series the concatenated lists' series, each with {@code valuesPerPoint} set
   */
  public record Normalized(List<TimeSeries> series, long start, long end, long step) {}

  /**
   * Normalizes the lists.
   *
   * @throws EmptyResultException when there is no series at all (graphite-web's
   *     NormalizeEmptyResultError, which makes the function return an empty list)
   */
  public static Normalized normalize(List<List<TimeSeries>> seriesLists)
      throws EmptyResultException {
    List<TimeSeries> all = new ArrayList<>();
    seriesLists.forEach(all::addAll);
    if (all.isEmpty()) {
      throw new EmptyResultException();
    }
    long step = all.get(0).step();
    for (TimeSeries series : all) {
      step = lcm(step, series.step());
    }
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    List<TimeSeries> consolidated = new ArrayList<>(all.size());
    for (TimeSeries series : all) {
      consolidated.add(series.withValuesPerPoint((int) (step / series.step())));
      start = Math.min(start, series.start());
      end = Math.max(end, series.end());
    }
    end -= (end - start) % step;
    return new Normalized(consolidated, start, end, step);
  }

  /** graphite-web's NormalizeEmptyResultError: the function's result is an empty list. */
  public static final class EmptyResultException extends EvalException {
    public EmptyResultException() {
      super("no series to normalize");
    }
  }

  /** graphite-web's {@code lcm}. */
  public static long lcm(long a, long b) {
    if (a == b) {
      return a;
    }
    long big = Math.max(a, b);
    long small = Math.min(a, b);
    return big / gcd(big, small) * small;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * The values as graphite-web iterates a series: consolidated {@code valuesPerPoint} at a time
   * with its {@code consolidationFunc} and {@code xFilesFactor} (a shorter last bucket included).
   */
  public static double[] iterate(TimeSeries series) {
    int per = series.valuesPerPoint();
    double[] values = series.values();
    if (per <= 1) {
      return values;
    }
    int buckets = (values.length + per - 1) / per;
    double[] out = new double[buckets];
    for (int b = 0; b < buckets; b++) {
      int from = b * per;
      int to = Math.min(values.length, from + per);
      out[b] = consolidate(series, values, from, to, per);
    }
    return out;
  }

  private static double consolidate(TimeSeries series, double[] values, int from, int to, int per) {
    String func = series.consolidationFunc();
    boolean avgZero = func.equals("avg_zero");
    double[] buffer = new double[to - from];
    int kept = 0;
    int nonNull = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(values[i])) {
        buffer[kept++] = values[i];
        nonNull++;
      } else if (avgZero) {
        buffer[kept++] = 0;
      }
    }
    if (nonNull == 0 || (double) nonNull / per < series.xFilesFactor()) {
      return Double.NaN;
    }
    double sum = 0;
    switch (func) {
      case "sum":
        for (int i = 0; i < kept; i++) {
          sum += buffer[i];
        }
        return sum;
      case "average", "avg", "avg_zero":
        for (int i = 0; i < kept; i++) {
          sum += buffer[i];
        }
        return sum / kept;
      case "max":
        double max = buffer[0];
        for (int i = 1; i < kept; i++) {
          max = Math.max(max, buffer[i]);
        }
        return max;
      case "min":
        double min = buffer[0];
        for (int i = 1; i < kept; i++) {
          min = Math.min(min, buffer[i]);
        }
        return min;
      case "first":
        return buffer[0];
      case "last":
        return buffer[kept - 1];
      default:
        throw new IllegalStateException("Invalid consolidation function: '" + func + "'");
    }
  }

  /** graphite-web's {@code xff}: whether {@code nonNull} of {@code total} values is enough. */
  public static boolean xff(int nonNull, int total, double xFilesFactor) {
    return nonNull != 0 && total != 0 && (double) nonNull / total >= xFilesFactor;
  }

  /** graphite-web's {@code xffValues}. */
  public static boolean xffValues(double[] values, double xFilesFactor) {
    return values.length != 0 && xff(Safe.count(values), values.length, xFilesFactor);
  }

  /**
   * graphite-web's {@code getNodeOrTag}: node {@code n} (Python indexing, negatives from the end)
   * of the name without its tags, or, when {@code n} is not an integer or out of range, the tag
   * named {@code str(n)}, {@code ""} when missing.
   *
   * @param n a {@link Long}, {@link Double} or {@link String} as the argument was given
   * @param pathExpression used instead of the name when not null
   */
  public static String nodeOrTag(TimeSeries series, Object n, String pathExpression) {
    if (n instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      String path = pathExpression != null ? pathExpression : series.name();
      String[] nodes = path.split(";", 3)[0].split("\\.", -1);
      long index = number.longValue();
      if (index < 0) {
        index += nodes.length;
      }
      if (index >= 0 && index < nodes.length) {
        return nodes[(int) index];
      }
    }
    return series.tags().getOrDefault(PythonFormat.str(n), "");
  }

  /**
   * graphite-web's {@code aggKey}: the nodes or tags joined by {@code .}; a name that ends in
   * {@code )} is read through its first path expression.
   */
  public static String aggKey(TimeSeries series, List<?> nodes) {
    String pathExpression = null;
    if (series.name().endsWith(")")) {
      pathExpression = firstPathExpression(series.name());
    }
    List<String> parts = new ArrayList<>(nodes.size());
    for (Object node : nodes) {
      parts.add(nodeOrTag(series, node, pathExpression));
    }
    return String.join(".", parts);
  }

  /**
   * graphite-web's {@code _getFirstPathExpression}: the first path in a name such as {@code
   * sumSeries(a.b,c)}, following first arguments; null when there is none or it does not parse.
   */
  public static String firstPathExpression(String name) {
    Expression expression;
    try {
      expression = TargetParser.parse(name);
    } catch (TargetParseException e) {
      return null;
    }
    while (true) {
      if (expression instanceof PathExpression path) {
        return path.path();
      }
      if (expression instanceof Call call && !call.args().isEmpty()) {
        expression = call.args().get(0);
      } else {
        return null;
      }
    }
  }

  /** graphite-web's {@code formatPathExpressions}: the distinct path expressions joined by ','. */
  public static String formatPathExpressions(List<TimeSeries> seriesList) {
    Set<String> expressions = new LinkedHashSet<>();
    for (TimeSeries series : seriesList) {
      expressions.add(series.pathExpression());
    }
    return String.join(",", expressions);
  }
}
