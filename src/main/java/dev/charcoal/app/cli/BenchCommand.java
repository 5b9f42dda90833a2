package dev.charcoal.app.cli;

import dev.charcoal.app.bench.CacheMemoryBench;
import dev.charcoal.app.bench.IngestBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code charcoal bench …}: the load generators whose figures docs/PERFORMANCE.md records. */
@Command(name = "bench", description = "Measure ingest speed and memory on this machine.")
final class BenchCommand {
  /** The defaults match the first goal: 1,000 metrics x 1,000 points. */
  abstract static class Load {
    @Option(names = "--metrics", defaultValue = "1000", description = "Distinct metrics.")
    int metrics;

    @Option(
        names = "--points",
        defaultValue = "1000",
        description = "Points per metric, 10 s apart (at most 2000: the default 10s:6h archive).")
    int points;

    void check() {
      if (metrics <= 0 || points <= 0 || points > 2000) {
        throw new IllegalArgumentException(
            "--metrics must be positive and --points between 1 and 2000");
      }
    }
  }

  @Command(
      name = "ingest",
      description =
          "Send metrics x points carbon lines over one loopback TCP connection; report points/s"
              + " received and persisted, and check every point reads back from whisper.")
  static final class Ingest extends Load implements Callable<Integer> {
    private final CliContext ctx;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Data directory to fill (default: a new temporary one, deleted after).")
    Path data;

    Ingest(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
      check();
      Path dir = data != null ? data : Files.createTempDirectory("charcoal-bench");
      try {
        IngestBench.Result r = IngestBench.run(dir, metrics, points, ctx.clock(), ctx.err());
        ctx.out()
            .printf(
                "received  %,d points in %.3f s: %,.0f points/s%n",
                r.points(), r.receiveSeconds(), r.receivedPerSecond());
        ctx.out()
            .printf(
                "persisted %,d points in %.3f s: %,.0f points/s%n",
                r.points(), r.persistSeconds(), r.persistedPerSecond());
        ctx.out()
            .printf(
                "persister %,d files created, %.0f us each; %,d update_many, %.0f us each%n",
                r.persister().creates(),
                r.microsPerCreate(),
                r.persister().updateOperations(),
                r.microsPerUpdate());
        ctx.out()
            .printf("verified  %,d of %,d points in whisper%n", r.verifiedPoints(), r.points());
        return r.verifiedPoints() == r.points() ? Cli.OK : Cli.FAILURE;
      } finally {
        if (data == null) {
          FileTrees.delete(dir);
        }
      }
    }
  }

  @Command(name = "cache-memory", description = "Heap per cached point, names included.")
  static final class CacheMemory extends Load implements Callable<Integer> {
    private final CliContext ctx;

    CacheMemory(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      check();
      double bytes = CacheMemoryBench.bytesPerPoint(metrics, points);
      ctx.out()
          .printf(
              "%,d metrics x %,d points: %.1f heap bytes per cached point%n",
              metrics, points, bytes);
      return Cli.OK;
    }
  }
}
