package dev.charcoal.app.cli;

import dev.charcoal.app.bench.CacheMemoryBench;
import dev.charcoal.app.bench.IngestBench;
import dev.charcoal.app.bench.StartupBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code charcoal bench …}: the measurements whose figures docs/PERFORMANCE.md records. */
@Command(name = "bench", description = "Measure ingest speed, memory and start-up on this machine.")
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

  @Command(
      name = "startup",
      description =
          "Start the desktop app RUNS times on a data dir with FILES whisper files; report the time"
              + " from JVM start to the window's first frame. Needs a display (xvfb-run -a works).")
  static final class Startup implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--files", defaultValue = "0", description = "Whisper files in the data dir.")
    int files;

    @Option(names = "--runs", defaultValue = "5", description = "Starts to measure.")
    int runs;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description =
            "Data directory (default: a new temporary one, deleted after); missing files are created.")
    Path data;

    @Option(
        names = "--jvm-option",
        paramLabel = "OPTION",
        description = "Passed to the app's JVM, e.g. --jvm-option=-Dprism.order=sw (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    Startup(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
      if (files < 0 || runs <= 0) {
        throw new IllegalArgumentException("--files must be 0 or more and --runs positive");
      }
      if (System.getProperty("os.name").startsWith("Linux")
          && System.getenv("DISPLAY") == null
          && System.getenv("WAYLAND_DISPLAY") == null) {
        throw new CliException("no display to open the window on; run it under xvfb-run -a");
      }
      Path dir = data != null ? data : Files.createTempDirectory("charcoal-startup");
      try {
        int created = StartupBench.prepare(dir, files);
        ctx.out().printf("data dir %s: %,d whisper files created%n", dir, created);
        List<Long> firstFrames = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          StartupBench.Run r = StartupBench.run(dir, jvmOptions, ctx.err());
          firstFrames.add(r.firstFrame());
          cpu.add(r.cpuAtFirstFrame());
          ctx.out()
              .printf(
                  "run %d: first frame %,d ms after JVM start (%,d ms after launch, %,d ms of CPU);"
                      + " services up %,d ms; index complete %,d ms%n",
                  run,
                  r.firstFrame(),
                  r.launchToFirstFrame(),
                  r.cpuAtFirstFrame(),
                  r.services(),
                  r.indexed());
        }
        Collections.sort(firstFrames);
        Collections.sort(cpu);
        ctx.out()
            .printf(
                "first frame: median %,d ms (min %,d, max %,d), CPU by then: median %,d ms"
                    + " (%d runs)%n",
                firstFrames.get(runs / 2),
                firstFrames.get(0),
                firstFrames.get(runs - 1),
                cpu.get(runs / 2),
                runs);
        return Cli.OK;
      } finally {
        if (data == null) {
          FileTrees.delete(dir);
        }
      }
    }
  }
}
