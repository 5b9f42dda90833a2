package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.time.AtTime;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code linearRegression(x, '-1d', 'now')}: the least-squares line through the series' values over
 * a source range (the request by default; the first argument is evaluated again over it), drawn
 * over the request. Named {@code linearRegression(x, START, END)} with the source range in epoch
 * seconds, tagged {@code linearRegressions}. A series with fewer than two values has no line and is
 * left out. The sums are kept as Python keeps them (exact ints for int values), so the floats match
 * graphite-web's to the last bit.
 */
@GraphiteFunction(
    name = "linearRegression",
    group = FunctionGroup.CALCULATE,
    description =
        "Draws the least-squares line fitted to each series over a source range (the request by"
            + " default). Example: linearRegression(servers.web1.threads.busy,'-1d')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "startSourceAt", type = ParamType.DATE),
      @Param(name = "endSourceAt", type = ParamType.DATE)
    })
public final class LinearRegression implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long sourceStart = time(args, "startSourceAt", context, context.startTime());
    long sourceEnd = time(args, "endSourceAt", context, context.endTime());
    List<TimeSeries> sources = Refetch.over(args, context, sourceStart, sourceEnd);
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    List<TimeSeries> result = new ArrayList<>();
    // zip(sourceList, seriesList): pairs by position, as many as the shorter list.
    for (int i = 0; i < Math.min(sources.size(), seriesList.size()); i++) {
      TimeSeries series = seriesList.get(i);
      double[] line = fit(sources.get(i));
      if (line == null) {
        continue;
      }
      double factor = line[0];
      double offset = line[1];
      double[] values = new double[series.size()];
      for (int p = 0; p < values.length; p++) {
        values[p] = offset + (double) (series.start() + p * series.step()) * factor;
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("linearRegressions", sourceStart + ", " + sourceEnd);
      String name =
          "linearRegression(" + series.name() + ", " + sourceStart + ", " + sourceEnd + ")";
      result.add(
          Copies.build(
              name,
              tags,
              series.start(),
              series.end(),
              series.step(),
              values,
              new BitSet(),
              series.xFilesFactor()));
    }
    return result;
  }

  /** A date argument read as graphite-web's parseATTime (against the request's now and zone). */
  private static long time(Arguments args, String param, EvalContext context, long fallback)
      throws EvalException {
    if (!args.has(param)) {
      return fallback;
    }
    try {
      return AtTime.parse(args.string(param), context.zone(), Instant.ofEpochSecond(context.now()))
          .getEpochSecond();
    } catch (IllegalArgumentException invalid) {
      throw new EvalException(invalid.getMessage(), invalid);
    }
  }

  /**
   * graphite-web's {@code _linearRegressionAnalysis}: {@code {factor, offset}} of the line over the
   * point indexes, scaled to timestamps; null when the denominator is 0 (fewer than two values).
   */
  static double[] fit(TimeSeries source) throws EvalException {
    double[] values = source.values();
    long n = 0;
    long sumI = 0;
    long sumII = 0;
    PythonSum sumV = new PythonSum();
    PythonSum sumIV = new PythonSum();
    try {
      for (int i = 0; i < values.length; i++) {
        double v = values[i];
        if (!Double.isNaN(v)) {
          boolean isInt = source.isInteger(i);
          n++;
          sumI += i;
          sumII = Math.addExact(sumII, (long) i * i);
          sumV.add(v, isInt);
          // i * v: an int times an int is exact; an int times a float is float(i) * v.
          if (isInt) {
            sumIV.addInt(Math.multiplyExact((long) i, (long) v));
          } else {
            sumIV.add(i * v, false);
          }
        }
      }
    } catch (ArithmeticException overflow) {
      throw new EvalException("linearRegression: too many points to fit", overflow);
    }
    BigInteger bigN = BigInteger.valueOf(n);
    BigInteger bigSumI = BigInteger.valueOf(sumI);
    BigInteger bigSumII = BigInteger.valueOf(sumII);
    double denominator = bigN.multiply(bigSumII).subtract(bigSumI.pow(2)).doubleValue();
    if (denominator == 0) {
      return null;
    }
    double factor;
    double offset;
    if (sumV.exact()) {
      factor =
          bigN.multiply(sumIV.exactValue())
                  .subtract(bigSumI.multiply(sumV.exactValue()))
                  .doubleValue()
              / denominator
              / source.step();
      offset =
          bigSumII
                  .multiply(sumV.exactValue())
                  .subtract(sumIV.exactValue().multiply(bigSumI))
                  .doubleValue()
              / denominator;
    } else {
      factor = (n * sumIV.value() - sumI * sumV.value()) / denominator / source.step();
      offset = (sumII * sumV.value() - sumIV.value() * sumI) / denominator;
    }
    return new double[] {factor, offset - factor * source.start()};
  }
}
