package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/** The Filter Data functions' body: values beyond a limit become None. */
final class Removal {
  private Removal() {}

  /**
   * The series with the values above {@code limit} (or, when not {@code above}, below it) set to
   * None. graphite-web walks the values as it iterates them (consolidated, when valuesPerPoint is
   * above 1) and clears the raw value at the same index; so does this.
   */
  static TimeSeries apply(TimeSeries series, boolean above, double limit) {
    double[] seen = SeriesLists.iterate(series);
    double[] values = series.values().clone();
    BitSet integers = (BitSet) series.integers().clone();
    for (int i = 0; i < seen.length; i++) {
      double v = seen[i];
      boolean remove = above ? v > limit : Double.isNaN(v) || v < limit;
      if (remove) {
        values[i] = Double.NaN;
        integers.clear(i);
      }
    }
    return series.withValues(values, integers);
  }
}
