package dev.charcoal.bench;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.api.ApiLimits;
import dev.charcoal.api.ApiRouter;
import dev.charcoal.api.ApiServer;
import dev.charcoal.api.FakeTags;
import dev.charcoal.api.ListMetricIndex;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.api.render.RenderEndpoint;
import dev.charcoal.events.EventStore;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.query.eval.TimeSeries;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a {@code /render} request adds to the evaluation: the same series (one day at 60 s, gauge
 * values with gaps) from an evaluator that has them ready, asked three ways: the evaluator alone,
 * the endpoint in-process (parameters, times, JSON), and a full HTTP request over loopback with a
 * keep-alive client. The difference between the first and the last is the API's cost.
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench=RenderOverheadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderOverheadBenchmark {
  private static final long NOW = 1_700_000_000L;
  private static final int POINTS = 1440;
  private static final String QUERY = "target=servers.*.cpu&from=-1d&format=json&now=" + NOW;

  @Param({"1", "10", "100"})
  public int series;

  @Param({"0", "500"})
  public int maxDataPoints;

  private List<TimeSeries> data;
  private TargetEvaluator evaluator;
  private RenderRequest request;
  private RenderEndpoint endpoint;
  private ApiRequest apiRequest;
  private Path dir;
  private EventStore events;
  private ApiServer server;
  private HttpClient client;
  private HttpRequest httpRequest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Random random = new Random(42);
    data = new ArrayList<>();
    for (int s = 0; s < series; s++) {
      double[] values = new double[POINTS];
      for (int i = 0; i < POINTS; i++) {
        values[i] =
            random.nextInt(50) == 0 ? Double.NaN : Math.round(random.nextDouble() * 10_000) / 100.0;
      }
      long start = NOW - 86_400 + 60;
      data.add(
          TimeSeries.of(
              "servers.web" + s + ".cpu",
              "servers.*.cpu",
              start,
              start + POINTS * 60L,
              60,
              values,
              0));
    }
    evaluator = r -> data;
    String query = QUERY + (maxDataPoints > 0 ? "&maxDataPoints=" + maxDataPoints : "");
    InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(NOW));
    endpoint = new RenderEndpoint(evaluator, clock, ZoneOffset.UTC);
    apiRequest = ApiRequest.get("/render", FormData.parse(query));
    request =
        new RenderRequest(
            List.of("servers.*.cpu"),
            NOW - 86_400,
            NOW,
            NOW,
            ZoneOffset.UTC,
            java.util.Map.of(),
            0);
    dir = Files.createTempDirectory("render-bench");
    events = EventStore.open(dir.resolve(EventStore.FILE_NAME));
    ApiBackend backend =
        new ApiBackend(
            evaluator,
            new ListMetricIndex(),
            LeafIntervals.NONE,
            FunctionRegistry.of(List.of()),
            events,
            new FakeTags());
    server =
        new ApiServer(
            new ApiRouter(backend, clock, ZoneOffset.UTC), "127.0.0.1", 0, ApiLimits.defaults());
    InetSocketAddress address = server.start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    httpRequest =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + address.getPort() + "/render?" + query))
            .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    server.close();
    events.close();
    Files.deleteIfExists(dir.resolve(EventStore.FILE_NAME));
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public Object evaluationAlone() throws Exception {
    return evaluator.evaluate(request);
  }

  @Benchmark
  public Object endpointInProcess() {
    return endpoint.handle(apiRequest);
  }

  @Benchmark
  public Object httpOverLoopback() throws Exception {
    HttpResponse<byte[]> response =
        client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return response.body();
  }
}
