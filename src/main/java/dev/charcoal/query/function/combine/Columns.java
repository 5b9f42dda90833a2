package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/**
 * A series' values as graphite-web iterates them ({@code for v in series}): consolidated {@code
 * valuesPerPoint} at a time, with the Python ints marked, because sums, minima and maxima of ints
 * stay ints in graphite-web's output ({@code sumSeries(isNonNull(x.*))} prints {@code 2}, not
 * {@code 2.0}).
 */
final class Columns {
  /** The iterated values and which of them are Python ints. */
  record Column(double[] values, BitSet ints) {
    int size() {
      return values.length;
    }

    /** izip_longest's padding: None past the end. */
    double get(int i) {
      return i < values.length ? values[i] : Double.NaN;
    }

    boolean isInt(int i) {
      return ints.get(i);
    }
  }

  private Columns() {}

  /** The series as iterated with its own valuesPerPoint. */
  static Column of(TimeSeries series) {
    int per = series.valuesPerPoint();
    if (per <= 1) {
      return new Column(series.values(), series.integers());
    }
    double[] values = SeriesLists.iterate(series);
    BitSet ints = new BitSet();
    if (!series.integers().isEmpty()) {
      for (int b = 0; b < values.length; b++) {
        if (!Double.isNaN(values[b]) && bucketIsInt(series, b * per, per)) {
          ints.set(b);
        }
      }
    }
    return new Column(values, ints);
  }

  /**
   * Whether graphite-web's consolidation of one bucket gives an int: a sum of ints only, or the int
   * chosen by min, max, first or last; averages always divide into floats.
   */
  private static boolean bucketIsInt(TimeSeries series, int from, int per) {
    double[] values = series.values();
    int to = Math.min(values.length, from + per);
    int chosen = -1;
    for (int i = from; i < to; i++) {
      if (Double.isNaN(values[i])) {
        continue;
      }
      switch (series.consolidationFunc()) {
        case "sum" -> {
          if (!series.isInteger(i)) {
            return false;
          }
          chosen = i;
        }
        case "first" -> chosen = chosen < 0 ? i : chosen;
        case "last" -> chosen = i;
        case "max" -> chosen = chosen < 0 || values[i] > values[chosen] ? i : chosen;
        case "min" -> chosen = chosen < 0 || values[i] < values[chosen] ? i : chosen;
        default -> {
          return false;
        }
      }
    }
    return chosen >= 0 && series.isInteger(chosen);
  }
}
