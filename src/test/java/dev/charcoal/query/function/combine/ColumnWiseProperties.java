package dev.charcoal.query.function.combine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.SeriesLists;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Aggregating series by series gives, bit for bit, what graphite-web's row functions (Safe, via
 * AggFunc) give row by row, izip_longest padding and xFilesFactor included.
 */
class ColumnWiseProperties {
  @Property
  void matchesTheRowFunctions(
      @ForAll("columns") List<double[]> columns,
      @ForAll("supported") AggFunc func,
      @ForAll("factors") double xff) {
    double[][] arrays = columns.toArray(double[][]::new);
    int length = columns.stream().mapToInt(c -> c.length).max().orElse(0);

    double[] actual = ColumnWise.aggregate(func, arrays, length, xff);

    for (int i = 0; i < length; i++) {
      double[] row = new double[arrays.length];
      for (int s = 0; s < arrays.length; s++) {
        row[s] = i < arrays[s].length ? arrays[s][i] : Double.NaN;
      }
      double expected = SeriesLists.xffValues(row, xff) ? func.apply(row) : Double.NaN;
      assertThat(Double.doubleToLongBits(actual[i]))
          .as("%s of row %d", func, i)
          .isEqualTo(Double.doubleToLongBits(expected));
    }
  }

  @Provide
  Arbitrary<List<double[]>> columns() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.of(Double.NaN, 0.0, -0.0, 1e308, -1e308, 0.1),
            Arbitraries.doubles().between(-1000, 1000));
    Arbitrary<double[]> column =
        value.list().ofMaxSize(12).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    return column.list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<AggFunc> supported() {
    return Arbitraries.of(AggFunc.class).filter(ColumnWise::supports);
  }

  @Provide
  Arbitrary<Double> factors() {
    return Arbitraries.of(0.0, 0.3, 0.5, 1.0);
  }
}
