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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code holtWintersForecast(x)}: the Holt-Winters prediction for each point of the request, learnt
 * from {@code bootstrapInterval} (7 days) of history before it with a {@code seasonality} (1 day)
 * season (see {@link HoltWinters}). Named {@code holtWintersForecast(x)}, tagged {@code
 * holtWintersForecast} and {@code holtWintersDeviation}.
 */
@GraphiteFunction(
    name = "holtWintersForecast",
    group = FunctionGroup.CALCULATE,
    description =
        "Holt-Winters forecast of each series, learnt from the bootstrap interval (a week by"
            + " default) before the request, with a daily season. Example:"
            + " holtWintersForecast(servers.web1.requests,'14d')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
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
public final class HoltWintersForecast implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String seasonality = args.string("seasonality", "1d");
    HoltWinters.Bootstrap bootstrap = HoltWinters.bootstrap(args, context);
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : bootstrap.series()) {
      HoltWinters.Analysis analysis = HoltWinters.analyze(series, seasonality);
      long windowPoints = Math.floorDiv(bootstrap.previewSeconds(), series.step());
      BitSet integers = new BitSet();
      if (analysis.firstIsInt() && HoltWinters.first(series.size(), windowPoints) == 0) {
        integers.set(0);
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("holtWintersForecast", "1");
      tags.put("holtWintersDeviation", "1");
      result.add(
          Copies.build(
              "holtWintersForecast(" + series.name() + ")",
              tags,
              series.start() + bootstrap.previewSeconds(),
              series.end(),
              series.step(),
              HoltWinters.from(analysis.predictions(), windowPoints),
              integers,
              series.xFilesFactor()));
    }
    return result;
  }
}
