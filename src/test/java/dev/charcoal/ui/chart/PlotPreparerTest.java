package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.TimeSeries;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlotPreparerTest {
  static final double NaN = Double.NaN;

  static TimeSeries series(String name, double[] values, Map<String, Object> options) {
    TimeSeries s = TimeSeries.of(name, name, 1000, 1000 + 10L * values.length, 10, values, 0);
    for (var option : options.entrySet()) {
      s = s.withOption(option.getKey(), option.getValue());
    }
    return s;
  }

  static TimeSeries series(String name, double... values) {
    return series(name, values, Map.of());
  }

  @Test
  void keepsGapsAsNaNAndTimesInMilliseconds() {
    PlotData data = PlotPreparer.prepare(List.of(series("a", 1, NaN, 3)), 100);

    PlotSeries a = data.left().get(0);
    assertThat(a.values()[1]).isNaN();
    assertThat(a.timeAt(2)).isEqualTo(1_020_000L);
    assertThat(a.min()).isEqualTo(1);
    assertThat(a.max()).isEqualTo(3);
    assertThat(a.style().kind()).isEqualTo(SeriesStyle.Kind.LINE);
  }

  @Test
  void consolidatesToTheWidthAndStretchesTheStep() {
    double[] values = new double[1000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }

    PlotSeries s = PlotPreparer.prepare(List.of(series("a", values)), 100).left().get(0);

    assertThat(s.size()).isEqualTo(100);
    assertThat(s.stepMillis()).isEqualTo(100_000L);
    assertThat(s.values()[0]).isEqualTo(4.5);
  }

  @Test
  void honoursValuesPerPointSetByTheBackend() {
    TimeSeries s = series("a", 1, 2, 3, 4).withValuesPerPoint(2).withConsolidationFunc("max");

    PlotSeries plotted = PlotPreparer.prepare(List.of(s), 100).left().get(0);

    assertThat(plotted.values()).containsExactly(2, 4);
  }

  @Test
  void givesDefaultColoursInOrderSkippingExplicitOnes() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(
                series("a", new double[] {1}, Map.of("color", "red")),
                series("b", 1),
                series("c", 1)),
            100);

    assertThat(data.left())
        .extracting(s -> s.style().color())
        .containsExactly(
            new Color(200, 0, 50), GraphiteColors.defaultColor(0), GraphiteColors.defaultColor(1));
  }

  @Test
  void readsLineOptions() {
    SeriesStyle style =
        PlotPreparer.prepare(
                List.of(
                    series(
                        "a",
                        new double[] {1},
                        Map.of("lineWidth", 3, "dashed", 2.5, "alpha", 0.5, "color", "blue"))),
                100)
            .left()
            .get(0)
            .style();

    assertThat(style.lineWidth()).isEqualTo(3f);
    assertThat(style.dash()).isEqualTo(2.5f);
    assertThat(style.color().getAlpha()).isEqualTo(128);
  }

  @Test
  void dashedWithoutALengthUsesGraphitesDefault() {
    SeriesStyle style =
        PlotPreparer.prepare(List.of(series("a", new double[] {1}, Map.of("dashed", true))), 100)
            .left()
            .get(0)
            .style();

    assertThat(style.dash()).isEqualTo(PlotPreparer.DEFAULT_DASH);
  }

  @Test
  void putsSecondYAxisSeriesOnTheRight() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(series("a", 1), series("b", new double[] {2}, Map.of("secondYAxis", true))),
            100);

    assertThat(data.left()).extracting(PlotSeries::name).containsExactly("a");
    assertThat(data.right()).extracting(PlotSeries::name).containsExactly("b");
    assertThat(data.legend()).extracting(PlotSeries::name).containsExactly("a", "b");
  }

  @Test
  void aFalseFlagDoesNotCount() {
    PlotData data =
        PlotPreparer.prepare(List.of(series("a", new double[] {1}, Map.of("stacked", false))), 100);

    assertThat(data.left().get(0).style().kind()).isEqualTo(SeriesStyle.Kind.LINE);
  }

  @Test
  void stackedAreasComeFirstAndEachSitsOnTheOneBelow() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(
                series("line", 9, 9, 9),
                series("low", new double[] {1, 2, NaN}, Map.of("stacked", true)),
                series("high", new double[] {3, 5, 4}, Map.of("stacked", true))),
            100);

    assertThat(data.left()).extracting(PlotSeries::name).containsExactly("low", "high", "line");
    PlotSeries low = data.left().get(0);
    PlotSeries high = data.left().get(1);
    assertThat(low.base()).containsExactly(0, 0, NaN);
    // where the series below has a gap, the area goes down to zero
    assertThat(high.base()).containsExactly(1, 2, 0);
    assertThat(high.min()).isEqualTo(0);
    assertThat(high.max()).isEqualTo(5);
  }

  @Test
  void areaBetweenShowsOnlyTheBandAndHidesTheLowerSeries() {
    PlotData data =
        PlotPreparer.prepare(
            List.of(
                series("lower", new double[] {1, 2}, Map.of("stacked", true, "invisible", true)),
                series("upper", new double[] {4, 1}, Map.of("stacked", true))),
            100);

    PlotSeries upper = data.left().get(1);
    // graphite clips away what the lower area covered: nothing shows where upper is below it
    assertThat(upper.base()).containsExactly(1, 1);
    assertThat(data.legend()).extracting(PlotSeries::name).containsExactly("upper");
  }

  @Test
  void drawAsInfiniteDoesNotStretchTheAxis() {
    PlotSeries s =
        PlotPreparer.prepare(
                List.of(series("deploys", new double[] {0, 1e9}, Map.of("drawAsInfinite", true))),
                100)
            .left()
            .get(0);

    assertThat(s.style().kind()).isEqualTo(SeriesStyle.Kind.INFINITE);
    assertThat(s.min()).isNaN();
  }

  @Test
  void seriesOfTheSameNameGetDistinctKeys() {
    PlotData data = PlotPreparer.prepare(List.of(series("a", 1), series("a", 2)), 100);

    assertThat(data.left()).extracting(PlotSeries::key).doesNotHaveDuplicates();
  }

  @Test
  void findsTheValueUnderACursor() {
    PlotSeries s = PlotPreparer.prepare(List.of(series("a", 1, NaN, 3)), 100).left().get(0);

    assertThat(s.valueAt(1_000_000)).isEqualTo(1);
    assertThat(s.valueAt(1_009_999)).isEqualTo(1);
    assertThat(s.valueAt(1_010_000)).isNaN();
    assertThat(s.valueAt(1_025_000)).isEqualTo(3);
    assertThat(s.valueAt(999_999)).isNaN();
    assertThat(s.valueAt(1_030_000)).isNaN();
    assertThat(s.lastValue()).isEqualTo(3);
  }
}
