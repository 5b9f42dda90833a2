package dev.charcoal.query.function.calculate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.EvalException;
import org.junit.jupiter.api.Test;

/**
 * The corners of Python's aggregation the golden dataset does not reach: ties between {@code -0.0}
 * and {@code 0.0} or {@code 5} and {@code 5.0}, which Python's stable sort and {@code min()} settle
 * by input order.
 */
class PythonAggregatorTest {
  private static final double NONE = Double.NaN;

  @Test
  void medianPicksTheZeroPythonsStableSortPutsInTheMiddle() throws EvalException {
    // sorted([0.0, -0.0, 1.0]) is [0.0, -0.0, 1.0] in Python; Arrays.sort puts -0.0 first.
    double median = apply(AggFunc.MEDIAN, new double[] {0.0, -0.0, 1.0}, null);

    assertThat(Double.doubleToRawLongBits(median)).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void medianOfAnOddCountKeepsTheTypeOfTheMiddleValue() throws EvalException {
    PythonAggregator median = new PythonAggregator(AggFunc.MEDIAN);

    median.apply(new double[] {5, 5, 9}, new boolean[] {false, true, true}, 0, 3);

    assertThat(median.integer()).as("the second 5 is the middle one, an int").isTrue();
  }

  @Test
  void minAndMaxKeepTheFirstOfEqualValues() throws EvalException {
    PythonAggregator min = new PythonAggregator(AggFunc.MIN);
    PythonAggregator max = new PythonAggregator(AggFunc.MAX);

    min.apply(new double[] {5, 5, 7}, new boolean[] {true, false, false}, 0, 3);
    max.apply(new double[] {7, 7, 5}, new boolean[] {false, true, true}, 0, 3);

    assertThat(min.integer()).isTrue();
    assertThat(max.integer()).isFalse();
  }

  @Test
  void sumOfIntsIsAnIntAndOneFloatMakesItAFloat() throws EvalException {
    PythonAggregator sum = new PythonAggregator(AggFunc.SUM);

    double ints = sum.apply(new double[] {1, NONE, 2}, new boolean[] {true, false, true}, 0, 3);
    boolean intsAreInt = sum.integer();
    sum.apply(new double[] {1, 2.5}, new boolean[] {true, false}, 0, 2);

    assertThat(ints).isEqualTo(3);
    assertThat(intsAreInt).isTrue();
    assertThat(sum.integer()).isFalse();
  }

  @Test
  void sumAndDiffStartFromPythonsIntZero() throws EvalException {
    // sum([-0.0]) is 0 + -0.0 = 0.0 in Python.
    double sum = apply(AggFunc.SUM, new double[] {-0.0}, null);
    double diff = apply(AggFunc.DIFF, new double[] {-0.0}, null);

    assertThat(Double.doubleToRawLongBits(sum)).isZero();
    assertThat(Double.doubleToRawLongBits(diff)).isZero();
  }

  @Test
  void countOfNothingIsTheIntZeroNotNone() throws EvalException {
    PythonAggregator count = new PythonAggregator(AggFunc.COUNT);

    double value = count.apply(new double[] {NONE, NONE}, null, 0, 2);

    assertThat(value).isZero();
    assertThat(count.integer()).isTrue();
  }

  @Test
  void averageZeroCountsNoneAsZeroAndMultiplyGivesNoneForOne() throws EvalException {
    assertThat(apply(AggFunc.AVG_ZERO, new double[] {NONE, 3}, null)).isEqualTo(1.5);
    assertThat(apply(AggFunc.MULTIPLY, new double[] {NONE, 3}, null)).isNaN();
  }

  @Test
  void multiplyOfNothingFailsAsPythonsReduceDoes() {
    assertThatThrownBy(() -> apply(AggFunc.MULTIPLY, new double[0], null))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("reduce()");
  }

  private static double apply(AggFunc func, double[] values, boolean[] ints) throws EvalException {
    return new PythonAggregator(func).apply(values, ints, 0, values.length);
  }
}
