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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code holtWintersAberration(x, 3)}: how far each value lies outside the Holt-Winters confidence
 * bands (positive above the upper band, negative below the lower), else the int 0 (also for nulls).
 * Named {@code holtWintersAberration(x)}, tagged {@code holtWintersAberration}.
 */
@GraphiteFunction(
    name = "holtWintersAberration",
    group = FunctionGroup.CALCULATE,
    description =
        "How far each value lies outside its Holt-Winters confidence bands: above the upper band"
            + " positive, below the lower negative, otherwise 0. Example:"
            + " holtWintersAberration(servers.web1.requests)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "delta", type = ParamType.INTEGER, defaultValue = "3"),
      @Param(
          name = "bootstrapInterval",
          type = ParamType.INTERVAL,
          defaultValue = "\"7d\"",
          suggestions = {"\"7d\"", "\"30d\""}),
      @Param(
          name = "seasonality",
          type = ParamType.INTERVAL,
          defaultValue = "\"1d\"",
          suggestions = {"\"1d\"", "\"7d\""})
    })
public final class HoltWintersAberration implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Map<String, TimeSeries> bands = new HashMap<>();
    for (TimeSeries band : HoltWinters.bands(args, context)) {
      bands.put(band.name(), band);
    }
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] lower = band(bands, "holtWintersConfidenceLower", series);
      double[] upper = band(bands, "holtWintersConfidenceUpper", series);
      double[] values = series.values();
      double[] aberration = new double[values.length];
      BitSet integers = new BitSet();
      for (int i = 0; i < values.length; i++) {
        double v = values[i];
        if (!Double.isNaN(v) && i >= upper.length) {
          throw new EvalException("holtWintersAberration: the bands are shorter than the series");
        }
        if (!Double.isNaN(v) && !Double.isNaN(upper[i]) && v > upper[i]) {
          aberration[i] = v - upper[i];
        } else if (!Double.isNaN(v) && !Double.isNaN(lower[i]) && v < lower[i]) {
          aberration[i] = v - lower[i];
        } else {
          integers.set(i); // graphite-web appends the int 0
        }
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("holtWintersAberration", "1");
      result.add(
          Copies.build(
              "holtWintersAberration(" + series.name() + ")",
              tags,
              series.start(),
              series.end(),
              series.step(),
              aberration,
              integers,
              series.xFilesFactor()));
    }
    return result;
  }

  private static double[] band(Map<String, TimeSeries> bands, String kind, TimeSeries series)
      throws EvalException {
    TimeSeries band = bands.get(kind + "(" + series.name() + ")");
    if (band == null) {
      throw new EvalException("holtWintersAberration: no " + kind + " band for " + series.name());
    }
    return band.values();
  }
}
