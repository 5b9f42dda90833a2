package dev.charcoal.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charcoal serve} as a real process: its output contract, clean stop and crash. */
class ServeCommandTest {
  static final int METRICS = 40;
  static final int POINTS = 150;

  /** Longer than the write-ahead log's fsync interval (at most 1 s). */
  static final long FSYNC_WINDOW_MILLIS = 2500;

  @TempDir Path data;
  @TempDir Path logs;

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  /** Sends METRICS × POINTS lines, one per 10 s interval back from {@code now}. */
  private static void sendPoints(InetSocketAddress carbon, long now) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int m = 0; m < METRICS; m++) {
      for (int k = 1; k <= POINTS; k++) {
        lines.append("serve.test.m").append(m).append(' ').append(m * 1000 + k).append(' ');
        lines.append(now - 10L * k).append('\n');
      }
    }
    try (Socket socket = new Socket(carbon.getAddress(), carbon.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(lines.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  /** Checks every point sent by {@link #sendPoints} is in its whisper file. */
  private void assertAllPointsInWhisper(long sentAt) throws IOException {
    long now = now();
    for (int m = 0; m < METRICS; m++) {
      Path file = data.resolve("whisper/serve/test/m" + m + ".wsp");
      FetchResult r = Whisper.fetch(file, sentAt - 10L * (POINTS + 1), sentAt, now);
      int found = 0;
      for (int i = 0; i < r.values().length; i++) {
        long interval = r.from() + i * r.step();
        double value = r.values()[i];
        if (!Double.isNaN(value)) {
          long k = (sentAt - interval) / 10; // the interval holds sentAt - 10k
          assertThat(value).as("m%d at %d", m, interval).isEqualTo(m * 1000 + k);
          found++;
        }
      }
      assertThat(found).as("points in %s", file).isEqualTo(POINTS);
    }
  }

  @Test
  void printsAListeningLinePerListenerThenReady() throws Exception {
    try (ServeProcess serve = ServeProcess.start(data, logs.resolve("err"))) {
      assertThat(serve.output()).last().isEqualTo("ready");
      assertThat(serve.output())
          .filteredOn(line -> line.startsWith("listening "))
          .extracting(line -> line.split(" ")[1])
          .containsExactly(
              "carbon-tcp", "carbon-udp", "pickle", "statsd-udp", "statsd-tcp", "http");
      assertThat(serve.address("carbon-tcp").getHostString()).isEqualTo("127.0.0.1");
      assertThat(serve.terminate()).isZero();
    }
  }

  @Test
  void theHttpApiKeepsEventsInTheDataDir() throws Exception {
    try (ServeProcess serve = ServeProcess.start(data, logs.resolve("err"))) {
      InetSocketAddress http = serve.address("http");
      HttpClient client = HttpClient.newHttpClient();
      URI events = URI.create("http://127.0.0.1:" + http.getPort() + "/events/");
      HttpResponse<String> posted =
          client.send(
              HttpRequest.newBuilder(events)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"what\": \"deploy\", \"when\": 7}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(200);
      HttpResponse<String> found =
          client.send(
              HttpRequest.newBuilder(events.resolve("get_data")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(found.body())
          .isEqualTo(
              "[{\"when\": 7, \"what\": \"deploy\", \"data\": \"\", \"tags\": [], \"id\": 1}]");
      assertThat(serve.terminate()).isZero();
    }
    assertThat(data.resolve("events.db")).exists();
  }

  @Test
  void sigtermWritesEveryReceivedPointAndExitsZero() throws Exception {
    long sentAt = now();
    try (ServeProcess serve = ServeProcess.start(data, logs.resolve("err"))) {
      sendPoints(serve.address("carbon-tcp"), sentAt);
      Thread.sleep(FSYNC_WINDOW_MILLIS); // let the listener read what the socket holds
      assertThat(serve.terminate()).isZero();
    }
    assertAllPointsInWhisper(sentAt);
    assertThat(Files.readString(logs.resolve("err"))).contains("stopping");
  }

  @Test
  void aKillDuringIngestLosesNothingOlderThanTheFsyncWindow() throws Exception {
    long sentAt = now();
    try (ServeProcess serve = ServeProcess.start(data, logs.resolve("err1"))) {
      sendPoints(serve.address("carbon-tcp"), sentAt);
      Thread.sleep(FSYNC_WINDOW_MILLIS);
      serve.kill();
    }
    // the points may be anywhere between the log and the files; a restart and a clean stop
    // must bring every one of them to whisper
    try (ServeProcess again = ServeProcess.start(data, logs.resolve("err2"))) {
      assertThat(again.terminate()).isZero();
    }
    assertAllPointsInWhisper(sentAt);
  }

  @Test
  void aPortInUseIsNamedAndTheOtherListenersRun() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServeProcess serve =
            ServeProcess.start(
                data,
                logs.resolve("err"),
                "--pickle-port",
                Integer.toString(taken.getLocalPort()))) {
      assertThat(Files.readString(logs.resolve("err")))
          .contains("pickle")
          .contains(Integer.toString(taken.getLocalPort()))
          .containsIgnoringCase("in use");
      assertThat(serve.output())
          .filteredOn(line -> line.startsWith("listening "))
          .extracting(line -> line.split(" ")[1])
          .contains("carbon-tcp", "statsd-udp")
          .doesNotContain("pickle");
      assertThat(serve.terminate()).isZero();
    }
  }
}
