package dev.charcoal.query.function.transform;

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
import java.util.List;

/**
 * {@code nonNegativeDerivative(x)} and {@code perSecond(x)}: the increase of a counter from each
 * point to the next, and that increase per second (divided by the step, rounded to 6 decimals). A
 * decrease is a counter reset: null, unless {@code maxValue} says where the counter wraps (the
 * increase is then counted through the wrap, up to maxValue and on from {@code minValue}, default
 * 0) or only {@code minValue} is given (the increase since the reset, from minValue). Values above
 * maxValue or below minValue are null and restart the count. Named {@code nonNegativeDerivative(x)}
 * / {@code perSecond(x)}, tagged {@code nonNegativeDerivative=1} / {@code perSecond=1}.
 */
@GraphiteFunction(
    name = "nonNegativeDerivative",
    group = FunctionGroup.TRANSFORM,
    description =
        "The increase from each point to the next, ignoring counter resets (or counting through a"
            + " wrap at maxValue). Example: nonNegativeDerivative(servers.web1.eth0.rx_bytes)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "maxValue", type = ParamType.FLOAT),
      @Param(name = "minValue", type = ParamType.FLOAT)
    })
@GraphiteFunction(
    name = "perSecond",
    group = FunctionGroup.TRANSFORM,
    description =
        "The increase per second of a counter, ignoring resets (or counting through a wrap at"
            + " maxValue). Example: perSecond(servers.web1.eth0.rx_bytes)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "maxValue", type = ParamType.FLOAT),
      @Param(name = "minValue", type = ParamType.FLOAT)
    })
public final class NonNegativeDelta implements SeriesFunction {
  private static final int PER_SECOND_DECIMALS = 6;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.function();
    boolean perSecond = function.equals("perSecond");
    Object maxValue = args.value("maxValue");
    Object minValue = args.value("minValue");
    double max = args.number("maxValue", Double.NaN);
    double min = args.number("minValue", Double.NaN);
    boolean hasMax = maxValue != null;
    boolean hasMin = minValue != null;
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      Results.Values in = Results.read(series);
      double[] values = in.values();
      double[] deltas = new double[values.length];
      BitSet ints = new BitSet();
      double prev = Double.NaN;
      boolean prevInt = false;
      for (int i = 0; i < values.length; i++) {
        double val = values[i];
        boolean valInt = in.isInteger(i);
        double delta = Double.NaN;
        boolean deltaInt = false;
        // graphite-web compares None with maxValue too and fails with a TypeError on Python 3;
        // a null is simply a null here (see COMPATIBILITY.md).
        if ((hasMax && val > max) || (hasMin && val < min)) {
          val = Double.NaN;
        } else if (Double.isNaN(prev) || Double.isNaN(val)) {
          // first reading, or after a gap: nothing to compare with
        } else if (val >= prev) {
          delta = val - prev;
          deltaInt = valInt && prevInt;
        } else if (hasMax) {
          delta = max + 1 + val - prev - (hasMin ? min : 0);
          deltaInt =
              valInt
                  && prevInt
                  && PythonNumbers.isInt(maxValue)
                  && (!hasMin || PythonNumbers.isInt(minValue));
        } else if (hasMin) {
          delta = val - min;
          deltaInt = valInt && PythonNumbers.isInt(minValue);
        }
        prev = val;
        prevInt = valInt;
        if (perSecond && !Double.isNaN(delta)) {
          delta = PythonNumbers.round(delta / series.step(), PER_SECOND_DECIMALS);
          deltaInt = false;
        }
        deltas[i] = delta;
        ints.set(i, deltaInt && !Double.isNaN(delta));
      }
      TimeSeries tagged = series.withTag(function, "1");
      out.add(Results.copy(tagged, function + "(" + series.name() + ")", deltas, ints));
    }
    return out;
  }
}
