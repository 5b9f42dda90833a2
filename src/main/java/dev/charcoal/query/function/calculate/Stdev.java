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
import dev.charcoal.query.eval.TimeSeries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stdev(x, 30)}: the population standard deviation of the last N points (the point itself
 * included), from running sums of the values and their squares as graphite-web keeps them, so the
 * floats match to the last bit; None while fewer than {@code windowTolerance} (default 0.1) of the
 * window is non-null. No re-fetch: the first points see a shorter window. Named {@code
 * stdev(x,30)}, tagged {@code stdev}.
 */
@GraphiteFunction(
    name = "stdev",
    group = FunctionGroup.CALCULATE,
    description =
        "Moving standard deviation over the last N points; a point is left null when more than"
            + " windowTolerance of its window is missing. Example:"
            + " stdev(servers.*.threads.busy,30,0.2)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "points", type = ParamType.INTEGER, required = true),
      @Param(name = "windowTolerance", type = ParamType.FLOAT, defaultValue = "0.1")
    })
public final class Stdev implements SeriesFunction {
  private static final double DEFAULT_WINDOW_TOLERANCE = 0.1;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long points = args.integer("points");
    double windowTolerance = args.number("windowTolerance", DEFAULT_WINDOW_TOLERANCE);
    List<TimeSeries> result = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      if (points < 0 && series.size() > 0) {
        // graphite-web reads series[index - points], past the end: IndexError.
        throw new EvalException("stdev: points must not be negative: " + points);
      }
      Map<String, String> tags = new LinkedHashMap<>(series.tags());
      tags.put("stdev", PythonFormat.str(args.value("points")));
      String name = "stdev(" + series.name() + "," + points + ")";
      double[] values = deviations(series, points, windowTolerance);
      result.add(Copies.copy(series, name, tags, series.start(), values, new BitSet()));
    }
    return result;
  }

  private static double[] deviations(TimeSeries series, long points, double windowTolerance) {
    double[] input = series.values();
    double[] out = new double[input.length];
    PythonSum sum = new PythonSum();
    PythonSum squares = new PythonSum();
    long valid = 0;
    for (int index = 0; index < input.length; index++) {
      if (index >= points) {
        int dropped = (int) (index - points);
        if (!Double.isNaN(input[dropped])) {
          boolean isInt = series.isInteger(dropped);
          valid--;
          sum.subtract(input[dropped], isInt);
          squares.subtractSquare(input[dropped], isInt);
        }
      }
      if (!Double.isNaN(input[index])) {
        boolean isInt = series.isInteger(index);
        valid++;
        sum.add(input[index], isInt);
        squares.addSquare(input[index], isInt);
      }
      out[index] =
          valid > 0 && (double) valid / points >= windowTolerance
              ? deviation(valid, sum, squares)
              : Double.NaN;
    }
    return out;
  }

  /**
   * {@code math.sqrt(valid * squares - sum ** 2) / valid}; None where Python's sqrt refuses a
   * negative (float rounding can make it so).
   */
  private static double deviation(long valid, PythonSum sum, PythonSum squares) {
    double variance;
    if (sum.exact() && squares.exact()) {
      BigInteger n = BigInteger.valueOf(valid);
      variance = n.multiply(squares.exactValue()).subtract(sum.exactValue().pow(2)).doubleValue();
    } else {
      double s = sum.value();
      variance = valid * squares.value() - s * s;
    }
    return Math.sqrt(variance) / valid;
  }
}
