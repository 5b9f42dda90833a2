package dev.charcoal.api.render;

import dev.charcoal.query.eval.TimeSeries;
import java.util.BitSet;

/**
 * The values of a series as graphite-web iterates it for output: consolidated {@code
 * valuesPerPoint} at a time when that is above 1, with Python's types kept ({@code ints} marks the
 * values that are Python ints, which JSON prints without {@code .0}). A sum of ints is an int, an
 * average is always a float, and max, min, first and last keep the type of the value they pick.
 *
 * @param values NaN for None
 */
record PointValues(double[] values, BitSet ints) {

  boolean isInt(int i) {
    return ints.get(i);
  }

  int size() {
    return values.length;
  }

  /** graphite-web's {@code iter(series)}. */
  static PointValues of(TimeSeries series) {
    int per = series.valuesPerPoint();
    if (per <= 1) {
      return new PointValues(series.values(), series.integers());
    }
    double[] in = series.values();
    BitSet inInts = series.integers();
    int buckets = (in.length + per - 1) / per;
    double[] out = new double[buckets];
    BitSet outInts = new BitSet();
    Bucket bucket = new Bucket(series.consolidationFunc());
    for (int b = 0; b < buckets; b++) {
      int from = b * per;
      int to = Math.min(in.length, from + per);
      bucket.reset();
      for (int i = from; i < to; i++) {
        bucket.add(in[i], inInts.get(i));
      }
      int nonNull = bucket.nonNull;
      if (nonNull > 0 && (double) nonNull / per >= series.xFilesFactor()) {
        out[b] = bucket.result();
        if (bucket.resultIsInt()) {
          outInts.set(b);
        }
      } else {
        out[b] = Double.NaN;
      }
    }
    return new PointValues(out, outInts);
  }

  /** One bucket of datalib's {@code __consolidatingGenerator}. */
  private static final class Bucket {
    private final String func;
    private int nonNull;
    private int count;
    private double sum;
    private boolean allInts;
    private double picked;
    private boolean pickedInt;

    Bucket(String func) {
      this.func = func;
      if (!func.equals("sum")
          && !func.equals("average")
          && !func.equals("avg")
          && !func.equals("avg_zero")
          && !func.equals("max")
          && !func.equals("min")
          && !func.equals("first")
          && !func.equals("last")) {
        throw new IllegalStateException("Invalid consolidation function: '" + func + "'");
      }
    }

    void reset() {
      nonNull = 0;
      count = 0;
      sum = 0;
      allInts = true;
      picked = Double.NaN;
      pickedInt = false;
    }

    void add(double value, boolean isInt) {
      if (Double.isNaN(value)) {
        if (func.equals("avg_zero")) {
          count++; // None counts as 0 in the average
        }
        return;
      }
      nonNull++;
      count++;
      sum += value;
      allInts &= isInt;
      boolean take =
          switch (func) {
            case "max" -> nonNull == 1 || value > picked;
            case "min" -> nonNull == 1 || value < picked;
            case "first" -> nonNull == 1;
            case "last" -> true;
            default -> false;
          };
      if (take) {
        picked = value;
        pickedInt = isInt;
      }
    }

    double result() {
      return switch (func) {
        case "sum" -> sum;
        case "average", "avg", "avg_zero" -> sum / count;
        default -> picked;
      };
    }

    boolean resultIsInt() {
      return switch (func) {
        case "sum" -> allInts;
        case "average", "avg", "avg_zero" -> false;
        default -> pickedInt;
      };
    }
  }
}
