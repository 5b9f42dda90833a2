package dev.charcoal.ui.chart;

import static dev.charcoal.ui.chart.PlotPreparerTest.series;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlayPreparationTest {
  @Test
  void anOverlayIsADashedLighterLineOfItsBaseColourNamedForItsShift() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(series("a", 1, 2), series("b", 3, 4)),
            List.of(new PlotPreparer.Shifted(series("timeShift(b, \"1d\")", 5, 6), 1, "1d ago")),
            100);

    PlotSeries b = data.left().get(1);
    PlotSeries shifted = data.legend().get(2);
    assertThat(shifted.name()).isEqualTo("b (1d ago)");
    assertThat(shifted.style().dash()).isEqualTo(PlotPreparer.DEFAULT_DASH);
    Color base = b.style().color();
    Color lighter = shifted.style().color();
    assertThat(lighter.getRed()).isEqualTo(base.getRed() + (255 - base.getRed()) / 2);
    assertThat(lighter.getGreen()).isEqualTo(base.getGreen() + (255 - base.getGreen()) / 2);
    assertThat(lighter.getBlue()).isEqualTo(base.getBlue() + (255 - base.getBlue()) / 2);
    assertThat(data.left()).contains(shifted);
  }

  @Test
  void anOverlayOfAStackedSecondAxisSeriesIsALineOnThatAxis() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(series("a", new double[] {1, 2}, Map.of("stacked", true, "secondYAxis", true))),
            List.of(
                new PlotPreparer.Shifted(
                    series("s", new double[] {1, 2}, Map.of("stacked", true, "secondYAxis", true)),
                    0,
                    "1w ago")),
            100);

    assertThat(data.right()).hasSize(2);
    PlotSeries shifted = data.right().get(1);
    assertThat(shifted.style().kind()).isEqualTo(SeriesStyle.Kind.LINE);
    assertThat(shifted.base()).isNull();
  }

  @Test
  void anOverlayWithoutItsBaseTakesTheNextColourAndKeepsItsName() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(series("a", 1, 2)),
            List.of(new PlotPreparer.Shifted(series("timeShift(x, \"1d\")", 1, 2), -1, "1d ago")),
            100);

    PlotSeries shifted = data.legend().get(1);
    assertThat(shifted.name()).isEqualTo("timeShift(x, \"1d\")");
    assertThat(shifted.style().color()).isEqualTo(GraphiteColors.defaultColor(1));
  }
}
