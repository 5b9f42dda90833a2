package dev.charcoal.bench;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.DeleteReport;
import dev.charcoal.store.MetricStore;
import dev.charcoal.store.PointLog;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.store.index.MemoryTagIndex;
import dev.charcoal.store.index.TreeMetricIndex;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.rules.StorageSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What deleting a large subtree from a running store costs: {@code --files} metrics ({@code
 * del.hostH.mM}, 100 a host) are written to whisper files of the default schema's size (sparse),
 * then deleted as the desktop app deletes them, {@code --chunk} at a time through {@link
 * MetricStore#delete}, then one checkpoint. Prints the time per chunk and per file; three rounds, a
 * fresh data dir each.
 *
 * <pre>
 * mvn -B -q -Pbench exec:exec -Dexec.args="-cp %classpath dev.charcoal.bench.DeleteLoop"
 *   --dir DIR     where the data dirs go (java.io.tmpdir); deleted afterwards
 *   --files N     metrics to delete (5,000)
 *   --chunk N     metrics per delete call (500, as ServicesBackend)
 * </pre>
 */
public final class DeleteLoop {
  private static final int ROUNDS = 3;
  private static final int PER_HOST = 100;

  private DeleteLoop() {}

  public static void main(String[] args) throws Exception {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    int files = 5000;
    int chunk = 500;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--dir" -> parent = Path.of(args[i + 1]);
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        case "--chunk" -> chunk = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    StorageRules rules =
        new StorageRules(
            StorageSchemas.parse(
                "schemas", "[all]\npattern = .*\nretentions = 10s:6h,1m:7d,10m:5y\n"),
            StorageAggregation.parse("aggregation", ""));
    InstantSource clock = InstantSource.system();
    for (int round = 0; round < ROUNDS; round++) {
      Path data = Files.createTempDirectory(parent, "charcoal-delete-");
      TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
      StoreOptions options =
          StoreOptions.defaults()
              .withPersistInterval(Duration.ofHours(1))
              .withCheckpointInterval(Duration.ofHours(1));
      try (MetricStore store =
          MetricStore.open(data, rules, options, clock, (d, r) -> PointLog.none(), index)) {
        List<String> metrics = new ArrayList<>();
        long now = clock.instant().getEpochSecond();
        PointBatch batch = new PointBatch(files);
        for (int i = 0; i < files; i++) {
          String metric = "del.host" + i / PER_HOST + ".m" + i % PER_HOST;
          metrics.add(metric);
          batch.add(metric, now - 10, i);
        }
        store.accept(batch);
        store.checkpoint(); // every file made and written
        long started = System.nanoTime();
        long slowestChunk = 0;
        int deletedFiles = 0;
        for (int from = 0; from < files; from += chunk) {
          long chunkStarted = System.nanoTime();
          DeleteReport report = store.delete(metrics.subList(from, Math.min(files, from + chunk)));
          slowestChunk = Math.max(slowestChunk, System.nanoTime() - chunkStarted);
          deletedFiles += report.files();
        }
        long deleting = System.nanoTime() - started;
        store.checkpoint();
        long total = System.nanoTime() - started;
        System.out.printf(
            "round %d: %,d files deleted in %,.0f ms (%.1f µs a file; slowest chunk of %d:"
                + " %,.1f ms), with the checkpoint %,.0f ms; index left %d%n",
            round + 1,
            deletedFiles,
            deleting / 1e6,
            deleting / 1e3 / deletedFiles,
            chunk,
            slowestChunk / 1e6,
            total / 1e6,
            index.size());
      } finally {
        try (Stream<Path> walk = Files.walk(data)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
