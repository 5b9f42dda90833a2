package dev.charcoal.app.cli;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.render.RenderEndpoint;
import dev.charcoal.app.DataDirs;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code charcoal render --data DIR --target T ... [--from] [--until] [--now] [--format]
 * [--max-data-points]}: prints exactly the bytes {@code GET /render} answers for the same
 * parameters (the same endpoint code runs), with no newline added.
 */
@Command(
    name = "render",
    description = "Evaluate targets over a data dir and print what GET /render answers.")
final class RenderCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory.")
  Path data;

  @Option(
      names = "--target",
      paramLabel = "T",
      required = true,
      description = "A target in Graphite's render language (repeatable).")
  List<String> targets;

  @Option(
      names = "--from",
      paramLabel = "T",
      description = "Start, as /render's from (default -1d).")
  String from;

  @Option(
      names = "--until",
      paramLabel = "T",
      description = "End, as /render's until (default now).")
  String until;

  @Option(names = "--now", paramLabel = "EPOCH", description = "The time taken as now.")
  Long now;

  @Option(
      names = "--format",
      defaultValue = "json",
      converter = Converters.RenderFormatConverter.class,
      description = "json, csv or raw (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--max-data-points",
      paramLabel = "N",
      description = "Consolidate each series to at most N points (json).")
  Integer maxDataPoints;

  RenderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Params.Builder params = Params.builder();
    targets.forEach(target -> params.add("target", target));
    params.add("format", format);
    if (from != null) {
      params.add("from", from);
    }
    if (until != null) {
      params.add("until", until);
    }
    if (now != null) {
      params.add("now", Long.toString(now));
    }
    if (maxDataPoints != null) {
      params.add("maxDataPoints", Integer.toString(maxDataPoints));
    }
    Path dir = data != null ? data : DataDirs.defaultDataDir();
    try (QueryEngines.QueryEngine engine = ctx.queries().open(dir, ctx.clock())) {
      RenderEndpoint endpoint = new RenderEndpoint(engine.evaluator(), ctx.clock(), ZoneOffset.UTC);
      return CliOutput.print(ctx, endpoint.handle(ApiRequest.get("/render", params.build())));
    }
  }
}
