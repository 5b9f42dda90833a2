package dev.charcoal.store;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Series;
import dev.charcoal.store.rules.Aggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperFile;
import dev.charcoal.store.whisper.WhisperHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link SeriesSource} of a data dir: whisper files read with their own archive choice, cached
 * points merged over them as graphite-web's {@code merge_with_cache} does.
 *
 * <p>The merge keeps the last cached value of each raw-step interval (what whisper will keep once
 * written); when the fetch comes from a coarser archive, those values are aggregated per fetched
 * interval with the file's aggregation method, and where the cache has a value it replaces the
 * file's. A metric that is only in the cache (its file not yet created) is answered with the shape
 * its file will have under the storage rules.
 */
public final class CacheOverWhisper implements SeriesSource {
  private final Path whisperRoot;
  private final MetricCache cache;
  private final StorageRules rules;

  public CacheOverWhisper(Path whisperRoot, MetricCache cache, StorageRules rules) {
    this.whisperRoot = whisperRoot;
    this.cache = cache;
    this.rules = rules;
  }

  @Override
  public Optional<Series> fetch(String metric, long from, long until, long now) throws IOException {
    if (!(MetricPaths.of(metric) instanceof MetricPath.Mapped mapped)) {
      return Optional.empty();
    }
    String name = mapped.name().normalized();
    CachedPoints cached = cache.snapshot(name);
    Path file = mapped.under(whisperRoot);
    WhisperHeader header;
    FetchResult fetched;
    if (Files.exists(file)) {
      try (WhisperFile whisper = WhisperFile.openForReading(file)) {
        header = whisper.header();
        fetched = whisper.fetch(from, until, now);
      }
    } else if (cached.count() > 0) {
      Aggregation aggregation = rules.aggregation().ruleFor(name);
      header =
          WhisperHeader.forArchives(
              rules.schemas().schemaFor(name), aggregation.xFilesFactor(), aggregation.method());
      fetched = Whisper.emptyFetch(header, from, until, now);
    } else {
      return Optional.empty();
    }
    if (fetched == null) {
      return Optional.empty();
    }
    double[] values = fetched.values();
    if (cached.count() > 0) {
      merge(cached, header, fetched, values);
    }
    return Optional.of(new Series(name, fetched.from(), fetched.until(), fetched.step(), values));
  }

  private static void merge(
      CachedPoints cached, WhisperHeader header, FetchResult fetched, double[] values) {
    long rawStep = header.archives().get(0).secondsPerPoint();
    Map<Long, Double> lastPerRawInterval = new LinkedHashMap<>();
    for (int i = 0; i < cached.count(); i++) {
      long ts = cached.timestamps()[i];
      lastPerRawInterval.put(ts - Math.floorMod(ts, rawStep), cached.values()[i]);
    }
    long step = fetched.step();
    if (step == rawStep) {
      lastPerRawInterval.forEach((interval, value) -> place(fetched, values, interval, value));
      return;
    }
    Map<Long, double[]> perInterval = new LinkedHashMap<>();
    lastPerRawInterval.forEach(
        (interval, value) -> {
          long coarse = interval - Math.floorMod(interval, step);
          double[] known = perInterval.computeIfAbsent(coarse, c -> new double[0]);
          double[] grown = Arrays.copyOf(known, known.length + 1);
          grown[known.length] = value;
          perInterval.put(coarse, grown);
        });
    AggregationMethod method = header.aggregationMethod();
    int window = (int) (step / rawStep);
    perInterval.forEach(
        (interval, known) ->
            place(fetched, values, interval, method.aggregate(known, known.length, window)));
  }

  private static void place(FetchResult fetched, double[] values, long interval, double value) {
    long offset = interval - fetched.from();
    if (offset < 0) {
      return; // before the range: graphite-web skips it rather than index from the end
    }
    long i = offset / fetched.step();
    if (i < values.length) {
      values[(int) i] = value;
    }
  }
}
