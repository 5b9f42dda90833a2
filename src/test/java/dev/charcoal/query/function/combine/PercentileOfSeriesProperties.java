package dev.charcoal.query.function.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * percentileOfSeries selects instead of sorting each row; it must still pick exactly the element
 * graphite-web's {@code sorted()} (stable, 0.0 equal to -0.0) puts at the rank.
 */
class PercentileOfSeriesProperties {
  private static final EvalContext CONTEXT =
      new EvalContext() {
        @Override
        public long startTime() {
          return 0;
        }

        @Override
        public long endTime() {
          return 60;
        }

        @Override
        public long now() {
          return 60;
        }

        @Override
        public ZoneId zone() {
          return ZoneOffset.UTC;
        }

        @Override
        public List<TimeSeries> evaluate(String target, long startTime, long endTime) {
          return List.of();
        }

        @Override
        public List<Event> events(List<String> tags, long from, long until) {
          return List.of();
        }
      };

  @Property
  void picksTheElementAStableSortPutsAtTheRank(
      @ForAll("rows") List<Double> row,
      @ForAll @DoubleRange(min = 0.01, max = 100) double n,
      @ForAll boolean interpolate)
      throws Exception {
    List<TimeSeries> seriesList = new ArrayList<>();
    for (int s = 0; s < row.size(); s++) {
      seriesList.add(TimeSeries.of("s" + s, "s.*", 60, 120, 60, new double[] {row.get(s)}, 0));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("seriesList", seriesList);
    values.put("n", n);
    values.put("interpolate", interpolate);

    Arguments args = new Arguments("percentileOfSeries", values, Map.of());
    double expected;
    try {
      expected = graphiteWeb(row, n, interpolate);
    } catch (IndexOutOfBoundsException pastTheEnd) {
      // graphite-web's IndexError (interpolating at n = 100)
      assertThatThrownBy(() -> new PercentileOfSeries().apply(args, CONTEXT))
          .isInstanceOf(EvalException.class);
      return;
    }

    TimeSeries result = new PercentileOfSeries().apply(args, CONTEXT).get(0);

    assertThat(Double.doubleToRawLongBits(result.values()[0]))
        .as("row %s, n %s, interpolate %s", row, n, interpolate)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  /** graphite-web's _getPercentile, written out plainly over a stable sort. */
  private static double graphiteWeb(List<Double> points, double n, boolean interpolate) {
    List<Double> sorted =
        points.stream()
            .filter(v -> !Double.isNaN(v))
            .sorted(Comparator.comparingDouble(v -> v == 0 ? 0.0 : v))
            .toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    double fractionalRank = (n / 100.0) * (sorted.size() + 1);
    int rank = (int) fractionalRank;
    double rankFraction = fractionalRank - rank;
    if (!interpolate) {
      rank += (int) Math.ceil(rankFraction);
    }
    double percentile;
    if (rank == 0) {
      percentile = sorted.get(0);
    } else if (rank - 1 == sorted.size()) {
      percentile = sorted.get(sorted.size() - 1);
    } else {
      percentile = sorted.get(rank - 1);
    }
    if (interpolate && rank != sorted.size()) {
      percentile = percentile + rankFraction * (sorted.get(rank) - percentile);
    }
    return percentile;
  }

  @Provide
  Arbitrary<List<Double>> rows() {
    return Arbitraries.of(0.0, -0.0, 1.0, 2.5, -3.0, 7.0, Double.NaN, 1e300, -1e-300)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }
}
