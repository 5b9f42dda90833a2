package dev.charcoal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.api.ApiLimits;
import dev.charcoal.api.ApiRouter;
import dev.charcoal.api.ApiServer;
import dev.charcoal.api.FakeTags;
import dev.charcoal.api.ListMetricIndex;
import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.events.EventStore;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.store.MetricIndex;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charcoal render} and {@code charcoal find} print exactly what the HTTP API answers. */
class RenderAndFindCommandTest {
  @TempDir Path data;

  private final List<Path> opened = new ArrayList<>();

  /** Series whose values depend on the request, so a wrong parameter shows. */
  static List<TimeSeries> evaluate(RenderRequest request) throws EvalException {
    if (request.targets().contains("bad(")) {
      throw new EvalException("expected ')' at position 4, found end of target");
    }
    List<TimeSeries> out = new ArrayList<>();
    for (String target : request.targets()) {
      double[] values = new double[(int) ((request.until() - request.from()) / 60)];
      for (int i = 0; i < values.length; i++) {
        values[i] = i % 7 == 3 ? Double.NaN : i * 1.5;
      }
      long start = request.from() - request.from() % 60 + 60;
      out.add(TimeSeries.of(target, target, start, start + values.length * 60L, 60, values, 0));
    }
    return out;
  }

  private final MetricIndex index =
      new ListMetricIndex("servers.web1.cpu", "servers.web2.cpu", "top");
  private final LeafIntervals intervals = metric -> List.of(new LeafIntervals.Interval(1.5, 2.5));

  private QueryEngines engines() {
    return (dir, clock) -> {
      opened.add(dir);
      return new QueryEngines.QueryEngine() {
        @Override
        public TargetEvaluator evaluator() {
          return RenderAndFindCommandTest::evaluate;
        }

        @Override
        public MetricIndex index() {
          return index;
        }

        @Override
        public LeafIntervals intervals() {
          return intervals;
        }

        @Override
        public void close() {}
      };
    };
  }

  private String http(String pathAndQuery) throws Exception {
    try (EventStore events = EventStore.open(data.resolve(EventStore.FILE_NAME))) {
      ApiBackend backend =
          new ApiBackend(
              RenderAndFindCommandTest::evaluate,
              index,
              intervals,
              FunctionRegistry.of(List.of()),
              events,
              new FakeTags());
      ApiRouter router =
          new ApiRouter(
              backend, InstantSource.fixed(Instant.ofEpochSecond(CliRun.NOW)), ZoneOffset.UTC);
      try (ApiServer server = new ApiServer(router, "127.0.0.1", 0, ApiLimits.defaults())) {
        InetSocketAddress address = server.start();
        HttpResponse<String> response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + address.getPort() + pathAndQuery))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
      }
    }
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void renderPrintsTheHttpBodyForEachFormat() throws Exception {
    for (String format : List.of("json", "csv", "raw")) {
      CliRun.Result cli =
          CliRun.cli()
              .queries(engines())
              .run(
                  "render",
                  "--data",
                  data,
                  "--target",
                  "a.b",
                  "--target",
                  "sum(c.*)",
                  "--from",
                  "-2h",
                  "--until",
                  "-1h",
                  "--format",
                  format);
      assertThat(cli.exitCode()).as(cli.toString()).isZero();
      String body =
          http(
              "/render?target=a.b&target="
                  + q("sum(c.*)")
                  + "&from=-2h&until=-1h&format="
                  + format);
      assertThat(cli.out()).as(format).isEqualTo(body).isNotEmpty();
    }
    assertThat(opened).containsOnly(data);
  }

  @Test
  void renderPassesNowAndMaxDataPoints() throws Exception {
    CliRun.Result cli =
        CliRun.cli()
            .queries(engines())
            .run(
                "render",
                "--data",
                data,
                "--target",
                "x",
                "--now",
                "1600000000",
                "--from",
                "-1d",
                "--max-data-points",
                "10");
    assertThat(cli.exitCode()).as(cli.toString()).isZero();
    assertThat(cli.out())
        .isEqualTo(http("/render?target=x&now=1600000000&from=-1d&maxDataPoints=10&format=json"))
        .contains(", 1599998400]]"); // ten points, the last bucket ending before --now
  }

  @Test
  void findPrintsTheHttpBodyForEachFormat() throws Exception {
    for (String format : List.of("treejson", "completer", "json")) {
      CliRun.Result cli =
          CliRun.cli()
              .queries(engines())
              .run("find", "--data", data, "servers.*", "--format", format);
      assertThat(cli.exitCode()).as(cli.toString()).isZero();
      assertThat(cli.out())
          .as(format)
          .isEqualTo(http("/metrics/find?query=servers.*&format=" + format));
    }
  }

  @Test
  void aBadTargetFailsWithTheApisMessage() {
    CliRun.Result cli =
        CliRun.cli().queries(engines()).run("render", "--data", data, "--target", "bad(");
    assertThat(cli.exitCode()).isEqualTo(Cli.FAILURE);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err())
        .isEqualTo(
            "charcoal render: Invalid parameters (expected ')' at position 4, found end of"
                + " target); targets: \"bad(\"\n");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(CliRun.cli().queries(engines()).run("render", "--data", data).exitCode())
        .isEqualTo(Cli.USAGE);
    assertThat(
            CliRun.cli()
                .queries(engines())
                .run("render", "--data", data, "--target", "x", "--format", "png")
                .exitCode())
        .isEqualTo(Cli.USAGE);
    assertThat(CliRun.cli().queries(engines()).run("find", "--data", data).exitCode())
        .isEqualTo(Cli.USAGE);
  }

  @Test
  void withoutAQueryEngineTheCommandsSaySo() {
    CliRun.Result cli = CliRun.cli().run("find", "--data", data, "x.*");
    assertThat(cli.exitCode()).isEqualTo(Cli.FAILURE);
    assertThat(cli.err()).contains("query engine");
  }
}
