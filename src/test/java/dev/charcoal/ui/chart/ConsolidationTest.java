package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ConsolidationTest {
  static final double NaN = Double.NaN;

  @Test
  void fitsTheValuesIntoTheWidth() {
    assertThat(Consolidation.valuesPerPoint(8640, 1000)).isEqualTo(9);
    assertThat(Consolidation.valuesPerPoint(1000, 1000)).isEqualTo(1);
    assertThat(Consolidation.valuesPerPoint(0, 1000)).isEqualTo(1);
  }

  @Test
  void averagesByDefaultIgnoringGapsAndKeepsAPartialLastBucket() {
    double[] values = {1, 3, NaN, 5, 7};

    assertThat(Consolidation.consolidate(values, 2, "average", 0)).containsExactly(2, 5, 7);
  }

  @Test
  void aBucketWithoutValuesStaysAGap() {
    double[] values = {1, 2, NaN, NaN, 3, 4};

    double[] out = Consolidation.consolidate(values, 2, "average", 0);

    assertThat(out[0]).isEqualTo(1.5);
    assertThat(out[1]).isNaN();
    assertThat(out[2]).isEqualTo(3.5);
  }

  @Test
  void honoursTheConsolidationFunction() {
    double[] values = {4, NaN, 1, 3};

    assertThat(Consolidation.consolidate(values, 4, "sum", 0)).containsExactly(8);
    assertThat(Consolidation.consolidate(values, 4, "min", 0)).containsExactly(1);
    assertThat(Consolidation.consolidate(values, 4, "max", 0)).containsExactly(4);
    assertThat(Consolidation.consolidate(values, 4, "first", 0)).containsExactly(4);
    assertThat(Consolidation.consolidate(values, 4, "last", 0)).containsExactly(3);
    assertThat(Consolidation.consolidate(values, 4, "avg_zero", 0)).containsExactly(2);
    assertThat(Consolidation.consolidate(values, 4, "average", 0)).containsExactly(8.0 / 3);
  }

  @Test
  void aBucketBelowTheXFilesFactorIsAGap() {
    double[] values = {1, NaN, NaN, NaN, 1, 1, 1, NaN};

    double[] out = Consolidation.consolidate(values, 4, "average", 0.5);

    assertThat(out[0]).isNaN();
    assertThat(out[1]).isEqualTo(1);
  }

  @Property
  void neverReturnsMorePointsThanAsked(
      @ForAll @Size(max = 5000) double[] values, @ForAll @IntRange(min = 1, max = 2000) int max) {
    int perPoint = Consolidation.valuesPerPoint(values.length, max);

    assertThat(Consolidation.consolidate(values, perPoint, "max", 0).length)
        .isLessThanOrEqualTo(Math.max(max, values.length == 0 ? 0 : 1));
  }
}
