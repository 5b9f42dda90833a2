package dev.charcoal.query.function.calculate;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package, for {@link dev.charcoal.query.function.StandardFunctions}.
 */
public final class CalculateFunctions {
  private CalculateFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new AggregateLine(),
        new ExponentialMovingAverage(),
        new HoltWintersAberration(),
        new HoltWintersConfidenceArea(),
        new HoltWintersConfidenceBands(),
        new HoltWintersForecast(),
        new Identity(),
        new LinearRegression(),
        new MovingWindow(),
        new NPercentile(),
        new Stdev());
  }
}
