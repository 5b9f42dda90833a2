package dev.charcoal.app.cli;

import dev.charcoal.app.DataDirs;
import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.app.serve.StopSignal;
import dev.charcoal.ingest.statsd.StatsdConfig;
import dev.charcoal.store.StoreOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code charcoal serve}: the headless server. Prints {@code listening NAME HOST:PORT} per listener
 * and {@code ready}; on SIGTERM or Ctrl-C stops accepting, writes every cached point to whisper and
 * exits 0.
 */
@Command(
    name = "serve",
    description = "Run the listeners, the store and the HTTP API without a window.")
final class ServeCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory.")
  Path data;

  @Option(
      names = "--bind",
      paramLabel = "HOST",
      defaultValue = ServeOptions.DEFAULT_BIND,
      description = "Address every listener binds to (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--carbon-port",
      defaultValue = "2003",
      description = "Carbon plaintext, TCP and UDP (default: ${DEFAULT-VALUE}; 0: any free port).")
  int carbonPort;

  @Option(
      names = "--pickle-port",
      defaultValue = "2004",
      description = "Carbon pickle (default: ${DEFAULT-VALUE}).")
  int picklePort;

  @Option(
      names = "--statsd-port",
      defaultValue = "8125",
      description = "StatsD, UDP and TCP (default: ${DEFAULT-VALUE}).")
  int statsdPort;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description = "Graphite HTTP API (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--statsd-flush",
      paramLabel = "DURATION",
      converter = ServeCommand.FlushIntervalConverter.class,
      description =
          "StatsD flush interval, e.g. 10s, 1m, 500ms (default: conf/statsd.json's"
              + " flushInterval, else 10s).")
  Duration statsdFlush;

  @Option(
      names = "--max-cache-points",
      paramLabel = "N",
      description =
          "Points held in memory before TCP senders are slowed (default: "
              + StoreOptions.DEFAULT_MAX_CACHE_POINTS
              + ").")
  long maxCachePoints = StoreOptions.DEFAULT_MAX_CACHE_POINTS;

  ServeCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    ServeOptions options =
        new ServeOptions(
            data != null ? data : DataDirs.defaultDataDir(),
            bind,
            carbonPort,
            picklePort,
            statsdPort,
            httpPort,
            statsdFlush,
            maxCachePoints);
    StopSignal stop = StopSignal.install();
    try (Services services =
        Services.start(options, ctx.clock(), hostName(), ctx.out(), ctx.err())) {
      stop.await();
      ctx.err().println("stopping: writing cached points to whisper");
    }
    return Cli.OK;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** A duration no shorter than statsd's minimum flush interval; anything else is bad usage. */
  static final class FlushIntervalConverter extends Converters.DurationConverter {
    @Override
    public Duration convert(String value) {
      Duration interval = super.convert(value);
      if (interval.compareTo(StatsdConfig.MIN_FLUSH_INTERVAL) < 0) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is shorter than the shortest statsd flush interval, "
                + StatsdConfig.MIN_FLUSH_INTERVAL.toMillis()
                + "ms");
      }
      return interval;
    }
  }
}
