package dev.charcoal.query.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.PointBatch;
import dev.charcoal.model.Retention;
import dev.charcoal.model.Series;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.store.CacheOverWhisper;
import dev.charcoal.store.MetricCache;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.SeriesSource;
import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.rules.StorageSchemas;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSeriesFinderTest {
  private static final long NOW = 1_700_000_000L;
  private static final long FROM = NOW - 60;
  private static final List<Retention> TEN_SECONDS_AN_HOUR = List.of(new Retention(10, 360));

  @TempDir Path whisper;

  private final MemoryTagIndex tags = new MemoryTagIndex();
  private final TreeMetricIndex metrics = new TreeMetricIndex(tags);
  private MetricCache cache;
  private StoreSeriesFinder finder;

  @BeforeEach
  void openStore() throws Exception {
    cache = new MetricCache(1_000, metrics::add);
    StorageRules rules =
        new StorageRules(
            StorageSchemas.parse("schemas", "[all]\npattern = .*\nretentions = 10s:1h\n"),
            StorageAggregation.empty());
    finder = new StoreSeriesFinder(metrics, tags, new CacheOverWhisper(whisper, cache, rules));
  }

  /** A whisper file with {@code value} at NOW-30 and NOW-20, indexed as the scan would. */
  private Path file(String metric, double value) throws IOException {
    Path path = ((MetricPath.Mapped) MetricPaths.of(metric)).under(whisper);
    Files.createDirectories(path.getParent());
    Whisper.create(path, TEN_SECONDS_AN_HOUR);
    Whisper.updateMany(path, new long[] {NOW - 30, NOW - 20}, new double[] {value, value}, NOW);
    metrics.add(metric);
    return path;
  }

  private List<TimeSeries> fetch(String expression) throws EvalException {
    return finder.fetch(expression, FROM, NOW, NOW, 0.5);
  }

  @Test
  void fetchesAGlobSortedByNameWithThePathExpression() throws Exception {
    file("servers.web2.cpu", 2);
    file("servers.web10.cpu", 10);
    file("servers.web1.cpu", 1);
    file("servers.web1.mem", 99);

    List<TimeSeries> found = fetch("servers.*.cpu");

    assertThat(found)
        .extracting(TimeSeries::name)
        .containsExactly("servers.web1.cpu", "servers.web10.cpu", "servers.web2.cpu");
    TimeSeries first = found.get(0);
    assertThat(first.pathExpression()).isEqualTo("servers.*.cpu");
    assertThat(first.step()).isEqualTo(10);
    assertThat(first.start()).isEqualTo(FROM + 10);
    assertThat(first.end()).isEqualTo(NOW + 10);
    assertThat(first.values())
        .containsExactly(Double.NaN, Double.NaN, 1, 1, Double.NaN, Double.NaN);
    assertThat(first.xFilesFactor()).isEqualTo(0.5);
    assertThat(first.tags()).isEqualTo(Map.of("name", "servers.web1.cpu"));
  }

  @Test
  void fetchesAMetricThatIsOnlyInTheCache() throws Exception {
    PointBatch batch = new PointBatch(1);
    batch.add("fresh.metric", NOW - 25, 7);
    cache.add(batch);

    List<TimeSeries> found = fetch("fresh.*");

    assertThat(found).extracting(TimeSeries::name).containsExactly("fresh.metric");
    assertThat(found.get(0).values()).contains(7.0);
  }

  @Test
  void fetchesTheSeriesATagQueryFindsNamedByTheirTags() throws Exception {
    file("cpu;dc=ams;host=a", 1);
    file("cpu;dc=ams;host=b", 2);
    file("cpu;dc=fra;host=c", 3);
    String call = "seriesByTag('name=cpu', \"dc=ams\", 12)";

    List<TimeSeries> found = fetch(call);

    assertThat(found)
        .extracting(TimeSeries::name)
        .containsExactly("cpu;dc=ams;host=a", "cpu;dc=ams;host=b");
    assertThat(found.get(0).pathExpression()).isEqualTo(call);
    assertThat(found.get(0).tags())
        .containsExactlyInAnyOrderEntriesOf(Map.of("name", "cpu", "dc", "ams", "host", "a"));
    assertThat(found.get(1).values()).contains(2.0);
  }

  @Test
  void fetchesATaggedNameWrittenCanonically() throws Exception {
    file("cpu;dc=ams;host=a", 1);

    assertThat(fetch("cpu;dc=ams;host=a"))
        .extracting(TimeSeries::name)
        .containsExactly("cpu;dc=ams;host=a");
    assertThat(fetch("cpu;host=a;dc=ams")).isEmpty();
  }

  @Test
  void refusesBadTagQueriesWithGraphiteWebsMessage() {
    assertThatThrownBy(() -> fetch("seriesByTag('dc=')"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("At least one tagspec must not match the empty string");
    assertThatThrownBy(() -> fetch("seriesByTag(1)"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("At least one tagspec");
    assertThatThrownBy(() -> fetch("seriesByTag('dc')"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("Invalid tagspec dc");
    assertThatThrownBy(() -> fetch("seriesByTag('a=b'"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("invalid seriesByTag call");
  }

  @Test
  void leavesOutAMetricWithNoDataInTheRange() throws Exception {
    file("a.b", 1);

    assertThat(finder.fetch("a.b", NOW - 7200, NOW - 3700, NOW, 0)).isEmpty();
    assertThat(fetch("no.such.metric")).isEmpty();
  }

  @Test
  void failsTheRequestOnACorruptFileNamingIt() throws Exception {
    Path path = file("a.broken", 1);
    Files.write(path, new byte[] {1, 2, 3});
    file("a.fine", 2);

    assertThatThrownBy(() -> fetch("a.*"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("a.broken");
    assertThat(finder.corruptFiles()).isEqualTo(1);
  }

  @Test
  void leavesOutAFileThatCannotBeReadAndCountsIt() throws Exception {
    metrics.add("a.locked");
    metrics.add("a.open");
    SeriesSource source =
        (metric, from, until, now) -> {
          if (metric.equals("a.locked")) {
            throw new IOException("Permission denied");
          }
          return Optional.of(new Series(metric, from, from + 10, 10, new double[] {1}));
        };
    StoreSeriesFinder reading = new StoreSeriesFinder(metrics, tags, source);

    assertThat(reading.fetch("a.*", FROM, NOW, NOW, 0))
        .extracting(TimeSeries::name)
        .containsExactly("a.open");
    assertThat(reading.unreadableFiles()).isEqualTo(1);
  }

  @Test
  void refusesAGlobMatchingMoreMetricsThanTheLimit() throws Exception {
    for (String m : List.of("x.a", "x.b", "x.c")) {
      metrics.add(m);
    }
    StoreSeriesFinder limited =
        new StoreSeriesFinder(metrics, tags, (m, f, u, n) -> Optional.empty(), 2);

    assertThatThrownBy(() -> limited.fetch("x.*", FROM, NOW, NOW, 0))
        .isInstanceOf(EvalException.class)
        .hasMessage("x.* matches more than 2 metrics; narrow it (or combine narrower ones)");
    assertThat(limited.fetch("x.{a,b}", FROM, NOW, NOW, 0)).isEmpty();
  }

  @Test
  void oneBudgetBoundsEveryFetchOfARequest() throws Exception {
    file("a.one", 1);
    file("a.two", 2);
    SeriesFinder request = finder.within(new FetchBudget(10, 100));

    assertThat(request.fetch("a.one", FROM, NOW, NOW, 0)).hasSize(1); // 6 points
    assertThatThrownBy(() -> request.fetch("a.two", FROM, NOW, NOW, 0))
        .isInstanceOf(EvalException.class)
        .hasMessage(
            "the request fetches more than 10 points (reached at a.two); narrow the time range or the paths");
    assertThatThrownBy(
            () -> finder.within(new FetchBudget(1000, 1)).fetch("a.*", FROM, NOW, NOW, 0))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("more than 1 series");
  }

  @Test
  void mergesSeriesThatEscapedWildcardsNameAlike() throws Exception {
    metrics.add("a.b*c");
    metrics.add("a.bxc");
    double nan = Double.NaN;
    SeriesSource source =
        (metric, from, until, now) ->
            Optional.of(
                new Series(
                    metric,
                    0,
                    30,
                    10,
                    metric.equals("a.b*c")
                        ? new double[] {1, nan, nan}
                        : new double[] {5, 6, nan}));
    StoreSeriesFinder escaped = new StoreSeriesFinder(metrics, tags, source);

    List<TimeSeries> found = escaped.fetch("a.b\\*c", 0, 30, 30, 0);

    // graphite-web names both a.b*c and fills the first one's nulls from the second
    assertThat(found).hasSize(1);
    assertThat(found.get(0).name()).isEqualTo("a.b*c");
    assertThat(found.get(0).values()).containsExactly(1, 6, nan);
  }

  @Test
  void aSeriesOfAnotherLengthReplacesOneWithNulls() {
    SameNameMerge merge = new SameNameMerge();
    double nan = Double.NaN;
    merge.add(TimeSeries.of("m", "m", 0, 20, 10, new double[] {1, nan}, 0));
    merge.add(TimeSeries.of("m", "m", 0, 30, 10, new double[] {nan, nan, nan}, 0));
    merge.add(TimeSeries.of("m", "m", 0, 30, 10, new double[] {3, 3, 3}, 0));

    // the replacement counts as complete in graphite-web, so the third one is ignored
    assertThat(merge.sorted().get(0).values()).containsExactly(nan, nan, nan);
  }
}
