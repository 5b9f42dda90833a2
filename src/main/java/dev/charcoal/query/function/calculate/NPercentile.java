package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code nPercentile(x, 95)}: a flat line at the n-th percentile of each series' non-null values,
 * by the nearest-rank method graphite-web uses (NIST, no interpolation), over as many points as the
 * series spans. Named {@code nPercentile(x, 95)} ({@code %g} of n), tagged {@code nPercentile}.
 * Series with no value are left out; n = 0 is refused, as graphite-web asserts.
 */
@GraphiteFunction(
    name = "nPercentile",
    group = FunctionGroup.CALCULATE,
    description =
        "Draws each series' n-th percentile (nearest rank) as a flat line. Example:"
            + " nPercentile(servers.web1.latency,95)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class NPercentile implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    double n = args.number("n");
    if (n == 0) {
      throw new EvalException(
          "nPercentile: the requested percent is required to be greater than 0");
    }
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = SeriesLists.iterate(series);
      boolean[] ints = PythonAggregator.ints(series);
      double[] sorted = new double[values.length];
      int count = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          sorted[count++] = v;
        }
      }
      if (count == 0) {
        continue;
      }
      Arrays.sort(sorted, 0, count);
      int index =
          PythonAggregator.stableIndex(sorted, position(n, count), values, 0, values.length);
      int pointCount = (int) ((double) (series.end() - series.start()) / series.step());
      double[] line = new double[Math.max(0, pointCount)];
      Arrays.fill(line, values[index]);
      BitSet integers = new BitSet();
      if (ints != null && ints[index]) {
        integers.set(0, line.length);
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("nPercentile", PythonFormat.str(args.value("n")));
      String name = "nPercentile(" + series.name() + ", " + PythonFormat.g(n) + ")";
      result.add(Copies.copy(series, name, tags, series.start(), line, integers));
    }
    return result;
  }

  /**
   * graphite-web's {@code _getPercentile} without interpolation: the position in the sorted values,
   * with Python's int truncation, ceil and negative list indexes.
   */
  private static int position(double n, int count) throws EvalException {
    double fractionalRank = (n / 100.0) * (count + 1);
    if (!Double.isFinite(fractionalRank)) {
      throw new EvalException("nPercentile: cannot rank percentile " + n);
    }
    double truncated = (long) fractionalRank;
    long rank = (long) truncated + (long) Math.ceil(fractionalRank - truncated);
    if (rank == 0) {
      return 0;
    }
    if (rank - 1 == count) {
      return count - 1;
    }
    long index = rank - 1 < 0 ? rank - 1 + count : rank - 1;
    if (index < 0 || index >= count) {
      throw new EvalException("nPercentile: list index out of range for percentile " + n);
    }
    return (int) index;
  }
}
