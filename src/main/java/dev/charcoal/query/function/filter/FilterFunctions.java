package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package (graphite-web's Filter Series, Filter Data and Sorting
 * groups), for {@link dev.charcoal.query.function.StandardFunctions}.
 */
public final class FilterFunctions {
  private FilterFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new AverageOutsidePercentile(),
        new FilterSeries(),
        new Grep(),
        new Highest(),
        new Limit(),
        new MostDeviant(),
        new RemoveBetweenPercentile(),
        new RemoveEmptySeries(),
        new RemovePercentile(),
        new RemoveValue(),
        new SortBy(),
        new SortByMinima(),
        new SortByName(),
        new Unique(),
        new UseSeriesAbove());
  }
}
