package dev.charcoal.query.function.special;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitFormatTest {
  @Test
  void roundsTheExactBinaryValueHalfEvenAsPython() {
    // Python: '%.2f' % 0.125 == '0.12', % 1.005 == '1.00', % 2.675 == '2.67', % 0.375 == '0.38'
    assertThat(UnitFormat.fixed2(0.125)).isEqualTo("0.12");
    assertThat(UnitFormat.fixed2(1.005)).isEqualTo("1.00");
    assertThat(UnitFormat.fixed2(2.675)).isEqualTo("2.67");
    assertThat(UnitFormat.fixed2(0.375)).isEqualTo("0.38");
  }

  @Test
  void keepsTheSignOfValuesThatRoundToZero() {
    assertThat(UnitFormat.fixed2(-0.001)).isEqualTo("-0.00");
    assertThat(UnitFormat.fixed2(-0.0)).isEqualTo("-0.00");
    assertThat(UnitFormat.fixed2(0.0)).isEqualTo("0.00");
  }

  @Test
  void printsNonFiniteValuesAsPython() {
    assertThat(UnitFormat.fixed2(Double.NaN)).isEqualTo("nan");
    assertThat(UnitFormat.fixed2(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void scalesToTheLargestUnitReached() {
    assertThat(UnitFormat.format(12345, "si", null)).isEqualTo("12.35k");
    assertThat(UnitFormat.format(2048, "binary", "B")).isEqualTo("2.00 KiB");
    assertThat(UnitFormat.format(999, "si", "b")).isEqualTo("999.00 b");
    assertThat(UnitFormat.format(-5000, "si", null)).isEqualTo("-5.00k");
    assertThat(UnitFormat.format(7200, "sec", null)).isEqualTo("2.00H");
  }
}
