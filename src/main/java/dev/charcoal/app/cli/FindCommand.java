package dev.charcoal.app.cli;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.metrics.MetricsEndpoint;
import dev.charcoal.app.DataDirs;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charcoal find --data DIR QUERY [--format treejson|completer|json]}: prints exactly what
 * {@code GET /metrics/find} answers for the same parameters, with no newline added.
 */
@Command(
    name = "find",
    description = "Find metric names matching a pattern, as GET /metrics/find answers.")
final class FindCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory.")
  Path data;

  @Parameters(index = "0", paramLabel = "QUERY", description = "A pattern such as servers.*.cpu")
  String query;

  @Option(
      names = "--format",
      defaultValue = "treejson",
      converter = Converters.FindFormatConverter.class,
      description = "treejson, completer or json (default: ${DEFAULT-VALUE}).")
  String format;

  FindCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Params params = Params.builder().add("query", query).add("format", format).build();
    Path dir = data != null ? data : DataDirs.defaultDataDir();
    try (QueryEngines.QueryEngine engine = ctx.queries().open(dir, ctx.clock())) {
      MetricsEndpoint endpoint =
          new MetricsEndpoint(engine.index(), engine.intervals(), ctx.clock(), ZoneOffset.UTC);
      return CliOutput.print(ctx, endpoint.find(ApiRequest.get("/metrics/find", params)));
    }
  }
}
