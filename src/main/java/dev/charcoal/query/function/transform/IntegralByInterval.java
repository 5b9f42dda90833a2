package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code integralByInterval(x, "1d")}: a running total that restarts at 0 at every whole interval
 * counted from the request's {@code from}; a null repeats the total so far. Named {@code
 * integralByInterval(x,'1d')}, tagged {@code integralByInterval=1d}.
 */
@GraphiteFunction(
    name = "integralByInterval",
    group = FunctionGroup.TRANSFORM,
    description =
        "A running total that restarts every interval from the start of the range. Example:"
            + " integralByInterval(company.sales.perMinute, \"1d\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "intervalUnit", type = ParamType.STRING, required = true)
    })
public final class IntegralByInterval implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object unit = args.value("intervalUnit");
    long interval = Math.abs(Intervals.seconds(unit));
    long startTime = context.startTime();
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      double[] values = Results.read(series).values();
      if (values.length > 0 && interval == 0) {
        throw new EvalException("integralByInterval: the interval must not be 0, got " + unit);
      }
      double[] totals = new double[values.length];
      long time = series.start();
      double current = 0.0;
      for (int i = 0; i < values.length; i++) {
        long sinceStart = time - startTime;
        if (Math.floorDiv(sinceStart, interval)
            != Math.floorDiv(sinceStart - series.step(), interval)) {
          current = 0.0;
        }
        if (!Double.isNaN(values[i])) {
          current += values[i];
        }
        totals[i] = current;
        time += series.step();
      }
      String name = "integralByInterval(" + series.name() + ",'" + PythonFormat.str(unit) + "')";
      TimeSeries tagged = series.withTag("integralByInterval", PythonFormat.str(unit));
      out.add(Results.copy(tagged, name, totals, new BitSet()));
    }
    return out;
  }
}
