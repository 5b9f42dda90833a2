package dev.charcoal.ui.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TileQueryTest {
  static final double NaN = Double.NaN;
  static final TimeWindow WINDOW =
      new TimeWindow(Instant.parse("2026-11-20T11:55:00Z"), Instant.parse("2026-11-20T12:00:00Z"));

  @Test
  void theCurrentValueIsTheLastPresentOne() {
    FakeBackend backend =
        new FakeBackend()
            .withSeries(
                "a",
                e ->
                    List.of(
                        FakeBackend.series(
                            "a", e, 10, new double[] {1, 2, 3, NaN, NaN}, Map.of())));

    TileReading r = TileQuery.run(backend, List.of(TileSpec.of("a")), WINDOW, 100).get(0);

    assertThat(r.value()).isEqualTo(3);
    assertThat(r.spark()).containsExactly(1, 2, 3, NaN, NaN);
    assertThat(r.min()).isEqualTo(1);
    assertThat(r.max()).isEqualTo(3);
    assertThat(r.error()).isEmpty();
  }

  @Test
  void theSparklineIsConsolidatedToItsWidth() {
    double[] values = new double[300];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    FakeBackend backend =
        new FakeBackend()
            .withSeries("a", e -> List.of(FakeBackend.series("a", e, 1, values, Map.of())));

    TileReading r = TileQuery.run(backend, List.of(TileSpec.of("a")), WINDOW, 100).get(0);

    assertThat(r.spark()).hasSize(100);
    assertThat(r.spark()[0]).isEqualTo(1); // average of 0, 1, 2
    assertThat(r.value()).isEqualTo(299); // the value is not consolidated
    assertThat(backend.evaluations().get(0).maxDataPoints()).isEqualTo(100);
  }

  @Test
  void readingsGoToTilesByPositionWhateverTheSeriesAreCalled() {
    FakeBackend backend =
        new FakeBackend()
            .withSeries(
                "alias(a,'x')",
                e -> List.of(FakeBackend.series("x", e, 10, new double[] {7}, Map.of())))
            .withSeries(
                "keepLastValue(b)",
                e -> List.of(FakeBackend.series("b renamed", e, 10, new double[] {8}, Map.of())));

    List<TileReading> readings =
        TileQuery.run(
            backend,
            List.of(TileSpec.of("keepLastValue(b)"), TileSpec.of("alias(a,'x')")),
            WINDOW,
            10);

    assertThat(readings).extracting(TileReading::value).containsExactly(8.0, 7.0);
  }

  @Test
  void aFailingTargetMarksOnlyItsTile() {
    FakeBackend backend =
        new FakeBackend()
            .failing("bad(", "bad(: unexpected end at 4")
            .withSeries(
                "good",
                e -> List.of(FakeBackend.series("good", e, 10, new double[] {5}, Map.of())));

    List<TileReading> readings =
        TileQuery.run(backend, List.of(TileSpec.of("bad("), TileSpec.of("good")), WINDOW, 10);

    assertThat(readings.get(0).error()).contains("unexpected end");
    assertThat(readings.get(0).hasValue()).isFalse();
    assertThat(readings.get(1).value()).isEqualTo(5);
  }

  @Test
  void aTargetWithoutSeriesHasNoDataAndSeveralSeriesShowTheFirst() {
    FakeBackend backend =
        new FakeBackend()
            .withSeries(
                "many",
                e ->
                    List.of(
                        FakeBackend.series("one", e, 10, new double[] {1}, Map.of()),
                        FakeBackend.series("two", e, 10, new double[] {2}, Map.of())));

    List<TileReading> readings =
        TileQuery.run(backend, List.of(TileSpec.of("none"), TileSpec.of("many")), WINDOW, 10);

    assertThat(readings.get(0)).isEqualTo(TileReading.EMPTY);
    assertThat(readings.get(1).value()).isEqualTo(1);
    assertThat(readings.get(1).seriesCount()).isEqualTo(2);
  }

  @Test
  void aTargetOnTwoTilesIsAskedOnce() {
    FakeBackend backend =
        new FakeBackend()
            .withSeries(
                "a", e -> List.of(FakeBackend.series("a", e, 10, new double[] {1}, Map.of())));

    List<TileReading> readings =
        TileQuery.run(
            backend,
            List.of(TileSpec.of("a"), new TileSpec("a", "again", "", null, "")),
            WINDOW,
            10);

    assertThat(readings).hasSize(2);
    assertThat(backend.evaluations()).hasSize(1);
    assertThat(backend.evaluations().get(0).from()).isEqualTo(WINDOW.fromSecond());
    assertThat(backend.evaluations().get(0).until()).isEqualTo(WINDOW.untilSecond());
  }
}
