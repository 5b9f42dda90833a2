package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package, for {@link dev.charcoal.query.function.StandardFunctions}.
 */
public final class CombineFunctions {
  private CombineFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new Aggregate(),
        new ApplyByNode(),
        new AsPercent(),
        new CountSeries(),
        new DivideSeries(),
        new DivideSeriesLists(),
        new Group(),
        new GroupByNodes(),
        new GroupByTags(),
        new MapSeries(),
        new MultiplySeries(),
        new PercentileOfSeries(),
        new PowSeries(),
        new ReduceSeries(),
        new SeriesAggregates(),
        new SeriesListsAggregates(),
        new WeightedAverage(),
        new WildcardAggregates());
  }
}
