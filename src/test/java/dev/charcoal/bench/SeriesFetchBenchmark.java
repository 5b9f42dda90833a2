package dev.charcoal.bench;

import dev.charcoal.model.Retention;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.fetch.StoreSeriesFinder;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.store.CacheOverWhisper;
import dev.charcoal.store.MetricCache;
import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.index.WhisperTreeScan;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.rules.StorageSchemas;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fetch phase of the issue's {@code sumSeries} goal: {@code bench.*.value} over 1,000 whisper
 * files {@code 10s:1d}, one day (8,640 points each), through the index, the cache merge (empty
 * cache) and the naming and sorting of {@link StoreSeriesFinder}.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=SeriesFetchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SeriesFetchBenchmark {
  private static final int FILES = 1000;
  private static final long NOW = 1_700_000_000L;
  private static final long DAY = 86_400;

  private Path root;
  private StoreSeriesFinder finder;
  private Evaluator evaluator;

  @Setup
  public void setUp() throws Exception {
    root = Files.createTempDirectory("charcoal-fetch-");
    long[] timestamps = new long[8640];
    double[] values = new double[8640];
    for (int i = 0; i < timestamps.length; i++) {
      timestamps[i] = NOW - DAY + 10L * i;
      values[i] = i % 100;
    }
    for (int f = 0; f < FILES; f++) {
      Path file = Files.createDirectories(root.resolve("bench/s" + f)).resolve("value.wsp");
      Whisper.create(file, List.of(new Retention(10, 8640)));
      try (WhisperFile w = WhisperFile.open(file)) {
        w.updateMany(timestamps, values, timestamps.length, NOW);
        w.force();
      }
    }
    MemoryTagIndex tags = new MemoryTagIndex();
    TreeMetricIndex metrics = new TreeMetricIndex(tags);
    WhisperTreeScan.scan(root, metrics, tags);
    StorageRules rules =
        new StorageRules(
            StorageSchemas.parse("schemas", "[all]\npattern = .*\nretentions = 10s:1d\n"),
            StorageAggregation.empty());
    finder =
        new StoreSeriesFinder(
            metrics, tags, new CacheOverWhisper(root, new MetricCache(1000), rules));
    evaluator =
        new Evaluator(finder, StandardFunctions.registry(), EventLookup.NONE, EvalLimits.DEFAULT);
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The whole goal: fetch, then sumSeries, through the evaluator as /render runs it. */
  @Benchmark
  public Object sumSeriesThousandFilesOneDay() throws Exception {
    return evaluator.evaluate(
        new RenderRequest(
            List.of("sumSeries(bench.*.value)"), NOW - DAY, NOW, NOW, ZoneOffset.UTC, Map.of(), 0));
  }

  @Benchmark
  public Object fetchThousandFilesOneDay() throws Exception {
    return finder.fetch("bench.*.value", NOW - DAY, NOW, NOW, 0);
  }
}
