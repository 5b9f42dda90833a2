package dev.charcoal.query.function.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast moving sums, averages, minima, maxima and medians give, bit for bit and type for type,
 * what applying the function to each window's non-null values gives: over nulls, Python ints,
 * {@code -0.0} beside {@code 0.0}, ties, empty windows and windows longer than the series.
 */
class SlidingWindowsTest {
  @Property
  void fastPathsEqualTheFunctionAppliedToEachWindow(
      @ForAll("values") List<Double> values,
      @ForAll("ints") List<Boolean> ints,
      @ForAll @IntRange(min = 0, max = 12) int points,
      @ForAll("xffs") double xff)
      throws EvalException {
    TimeSeries series = series(values, ints);
    for (AggFunc func :
        List.of(AggFunc.SUM, AggFunc.AVERAGE, AggFunc.MIN, AggFunc.MAX, AggFunc.MEDIAN)) {
      int length = Math.max(0, values.size() - points);
      double[] fast = new double[length];
      BitSet fastInts = new BitSet();
      switch (func) {
        case SUM, AVERAGE ->
            SlidingWindows.sums(series, points, func == AggFunc.AVERAGE, xff, fast, fastInts);
        case MIN, MAX ->
            SlidingWindows.extremes(series, points, func == AggFunc.MAX, xff, fast, fastInts);
        default -> SlidingWindows.medians(series, points, xff, fast, fastInts);
      }
      double[] plain = new double[length];
      BitSet plainInts = new BitSet();
      MovingWindow.eachWindow(series, points, func, xff, plain, plainInts);

      assertThat(bits(fast)).as(func.graphiteName()).isEqualTo(bits(plain));
      assertThat(fastInts).as(func.graphiteName()).isEqualTo(plainInts);
    }
  }

  @Provide
  Arbitrary<List<Double>> values() {
    // Few distinct values, so ties (and -0.0 against 0.0) are common; ints are whole numbers.
    return Arbitraries.of(Double.NaN, -0.0, 0.0, 1.0, 2.0, -3.0, 0.1, 0.2, 0.7, 1e16, -1e16)
        .list()
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Boolean>> ints() {
    return Arbitraries.of(true, false).list().ofSize(40);
  }

  @Provide
  Arbitrary<Double> xffs() {
    return Arbitraries.of(0.0, 0.3, 0.5, 1.0);
  }

  private static TimeSeries series(List<Double> values, List<Boolean> ints) {
    double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
    BitSet integers = new BitSet();
    for (int i = 0; i < array.length; i++) {
      // only whole numbers can be Python ints; 1e16 is one too
      if (ints.get(i) && !Double.isNaN(array[i]) && array[i] == Math.rint(array[i])) {
        integers.set(i);
        array[i] = array[i] == 0 ? 0.0 : array[i]; // an int zero has no sign
      }
    }
    return TimeSeries.of("a.b", "a.b", 0, array.length * 60L, 60, array, 0)
        .withValues(array, integers);
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }
}
