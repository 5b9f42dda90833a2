package dev.charcoal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.events.EventStore;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.query.eval.TimeSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP server over a real loopback socket, with fakes behind it. */
class ApiServerTest {
  static final long NOW = 1_700_000_000L;

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicReference<TargetEvaluator> evaluator =
      new AtomicReference<>(ApiServerTest::series);
  private EventStore events;
  private ApiServer server;
  private InetSocketAddress address;

  private static List<TimeSeries> series(dev.charcoal.query.eval.RenderRequest request) {
    List<TimeSeries> out = new ArrayList<>();
    for (String target : request.targets()) {
      out.add(TimeSeries.of(target, target, 100, 120, 10, new double[] {1, Double.NaN}, 0));
    }
    return out;
  }

  private void start(ApiLimits limits) throws IOException {
    events = EventStore.open(dir.resolve(EventStore.FILE_NAME));
    ApiBackend backend =
        new ApiBackend(
            request -> evaluator.get().evaluate(request),
            new ListMetricIndex("a.b.c", "a.d"),
            LeafIntervals.NONE,
            FunctionRegistry.of(List.of()),
            events,
            new FakeTags());
    ApiRouter router =
        new ApiRouter(backend, InstantSource.fixed(Instant.ofEpochSecond(NOW)), ZoneOffset.UTC);
    server = new ApiServer(router, "127.0.0.1", 0, limits);
    address = server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (events != null) {
      events.close();
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + address.getPort() + pathAndQuery);
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void rendersJsonForGetAndPost() throws Exception {
    start(ApiLimits.defaults());
    HttpResponse<String> get = get("/render?target=x.y&format=json");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(get.body())
        .isEqualTo(
            "[{\"target\": \"x.y\", \"tags\": {\"name\": \"x.y\"}, \"datapoints\": [[1.0, 100], [null, 110]]}]");
    HttpResponse<String> post =
        post("/render/?format=csv", "application/x-www-form-urlencoded", "target=a&target=b");
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.body())
        .isEqualTo(
            "a,1970-01-01 00:01:40,1.0\r\na,1970-01-01 00:01:50,\r\n"
                + "b,1970-01-01 00:01:40,1.0\r\nb,1970-01-01 00:01:50,\r\n");
  }

  @Test
  void routesTheOtherEndpoints() throws Exception {
    start(ApiLimits.defaults());
    assertThat(get("/metrics/find?query=a.*").body())
        .contains("\"id\": \"a.b\"")
        .contains("\"id\": \"a.d\"");
    assertThat(get("/metrics/index.json").body()).isEqualTo("[\"a.b.c\", \"a.d\"]");
    assertThat(get("/functions").body()).isEqualTo("{}");
    assertThat(get("/tags/dc").body()).startsWith("{\"tag\": \"dc\"");
    HttpResponse<String> missing = get("/nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("not found: /nowhere\n");
  }

  @Test
  void storesPostedEventsAndAnswersThemBack() throws Exception {
    start(ApiLimits.defaults());
    HttpResponse<String> posted =
        post(
            "/events/",
            "application/json",
            "{\"what\": \"deploy\", \"tags\": [\"web\"], \"when\": 500}");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(get("/events/get_data?tags=web&from=0").body())
        .isEqualTo(
            "[{\"when\": 500, \"what\": \"deploy\", \"data\": \"\", \"tags\": [\"web\"], \"id\": 1}]");
    assertThat(get("/events/1").body())
        .isEqualTo(
            "{\"id\": 1, \"when\": \"1970-01-01T00:08:20Z\", \"what\": \"deploy\", \"data\": \"\","
                + " \"tags\": [\"web\"]}");
    assertThat(get("/events/2").statusCode()).isEqualTo(404);
    assertThat(post("/events/", "application/json", "[1]").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnexpectedFailureIs500AndTheServerGoesOn() throws Exception {
    start(ApiLimits.defaults());
    evaluator.set(
        request -> {
          throw new IllegalStateException("boom");
        });
    HttpResponse<String> failed = get("/render?target=x&format=json");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).contains("boom");
    evaluator.set(ApiServerTest::series);
    assertThat(get("/render?target=x&format=json").statusCode()).isEqualTo(200);
  }

  @Test
  void aFullQueueIsAnsweredAt503AtOnce() throws Exception {
    start(new ApiLimits(1, 1, Duration.ofMinutes(5)));
    CountDownLatch release = new CountDownLatch(1);
    evaluator.set(
        request -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return series(request);
        });
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responses.add(
          client.sendAsync(
              HttpRequest.newBuilder(uri("/render?format=json&target=t" + i)).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    // One request runs, one waits: the other three are refused without waiting for them.
    while (responses.stream().filter(CompletableFuture::isDone).count() < 3) {
      Thread.sleep(10);
    }
    release.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      statuses.add(response.get(30, TimeUnit.SECONDS).statusCode());
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 200, 503, 503, 503);
  }

  @Test
  void aRequestPastTheDeadlineIs503AndItsWorkerIsFreed() throws Exception {
    start(new ApiLimits(1, 1, Duration.ofMillis(200)));
    evaluator.set(
        request -> {
          try {
            new CountDownLatch(1).await(); // until interrupted
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of();
        });
    HttpResponse<String> slow = get("/render?target=x&format=json");
    assertThat(slow.statusCode()).isEqualTo(503);
    assertThat(slow.body()).contains("longer than");
    evaluator.set(ApiServerTest::series);
    assertThat(get("/render?target=x&format=json").statusCode()).isEqualTo(200);
  }

  @Test
  void answersPipelinedRequestsInOrderOnOneConnection() throws Exception {
    start(ApiLimits.defaults());
    evaluator.set(
        request -> {
          if (request.targets().contains("first")) {
            try {
              Thread.sleep(50); // were both run at once, the second would be answered first
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return series(request);
        });
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      OutputStream out = socket.getOutputStream();
      String requests =
          "GET /render?target=first&format=raw HTTP/1.1\r\nHost: x\r\n\r\n"
              + "GET /render?target=second&format=raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
      out.write(requests.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readAll(socket.getInputStream());
      assertThat(answer.indexOf("first,100,120,10|1.0,None")).isPositive();
      assertThat(answer.indexOf("second,100,120,10|1.0,None"))
          .isGreaterThan(answer.indexOf("first,100,120,10|1.0,None"));
    }
  }

  @Test
  void refusesMalformedAndOversizedRequests() throws Exception {
    start(ApiLimits.defaults());
    assertThat(raw("BLAH\r\n\r\n")).startsWith("HTTP/1.1 400");
    String longUrl =
        "GET /render?target="
            + "a".repeat(ApiLimits.MAX_INITIAL_LINE_BYTES)
            + " HTTP/1.1\r\nHost: x\r\n\r\n";
    assertThat(raw(longUrl)).startsWith("HTTP/1.1 400").contains("too long");
    String huge =
        "POST /render HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: "
            + (ApiLimits.MAX_BODY_BYTES + 1)
            + "\r\n\r\n";
    assertThat(raw(huge)).startsWith("HTTP/1.1 413");
    assertThat(get("/render?target=x&format=json").statusCode()).isEqualTo(200);
  }

  /** Sends raw bytes and reads until the server closes or 5 s pass. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream());
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        buffer.write(chunk, 0, n);
      }
    } catch (java.net.SocketTimeoutException e) {
      // what arrived is the answer
    }
    return buffer.toString(StandardCharsets.ISO_8859_1);
  }
}
