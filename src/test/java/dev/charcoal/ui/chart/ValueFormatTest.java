package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
  @Test
  void showsShortValuesWithSiPrefixes() {
    assertThat(ValueFormat.format(12)).isEqualTo("12");
    assertThat(ValueFormat.format(12.345)).isEqualTo("12.35");
    assertThat(ValueFormat.format(0.125)).isEqualTo("0.1250");
    assertThat(ValueFormat.format(512.34)).isEqualTo("512.3");
    assertThat(ValueFormat.format(12_345)).isEqualTo("12.35k");
    assertThat(ValueFormat.format(-3_200_000)).isEqualTo("-3.20M");
    assertThat(ValueFormat.format(Double.NaN)).isEqualTo("–");
    assertThat(ValueFormat.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }
}
