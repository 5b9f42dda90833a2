package dev.charcoal.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines sent to the carbon port of the real services end up in whisper files that read exactly as
 * the files carbon-cache and python3-whisper make from the same lines (golden/generate.py).
 */
class ServeWritesWhatPythonReadsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path data;

  @Test
  void filesWrittenFromCarbonLinesReadAsPythonWhispersOwn() throws Exception {
    JsonNode expected;
    byte[] lines;
    try (InputStream in = getClass().getResourceAsStream("/serve/golden/expected.json");
        InputStream text = getClass().getResourceAsStream("/serve/golden/lines.txt")) {
      expected = JSON.readTree(in);
      lines = text.readAllBytes();
    }
    long now = expected.get("now").asLong();
    long lineCount = new String(lines, StandardCharsets.US_ASCII).lines().count();
    ServeOptions options = new ServeOptions(data, "127.0.0.1", 0, 0, 0, 0, null, 1_000_000);
    try (Services services =
        Services.start(
            options, InstantSource.fixed(Instant.ofEpochSecond(now)), "golden", QUIET, QUIET)) {
      InetSocketAddress carbon = services.addresses().get("carbon-tcp");
      try (Socket socket = new Socket(carbon.getAddress(), carbon.getPort())) {
        socket.getOutputStream().write(lines);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (services.store().status().receivedPoints() < lineCount
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(services.store().status().receivedPoints()).isEqualTo(lineCount);
    }

    Iterator<Map.Entry<String, JsonNode>> metrics = expected.get("metrics").fields();
    while (metrics.hasNext()) {
      Map.Entry<String, JsonNode> metric = metrics.next();
      Path file =
          ((MetricPath.Mapped) MetricPaths.of(metric.getKey())).under(data.resolve("whisper"));
      assertHeader(metric.getKey(), Whisper.info(file), metric.getValue());
      for (JsonNode fetch : metric.getValue().get("fetches")) {
        assertFetch(metric.getKey(), file, now, fetch);
      }
    }
  }

  private static void assertHeader(String metric, WhisperHeader header, JsonNode expected) {
    assertThat(header.aggregationMethod().configName())
        .as(metric)
        .isEqualTo(expected.get("aggregationMethod").asText());
    assertThat((double) header.xFilesFactor())
        .as(metric)
        .isEqualTo(expected.get("xFilesFactor").asDouble());
    assertThat(header.archives()).hasSize(expected.get("archives").size());
    for (int i = 0; i < header.archives().size(); i++) {
      ArchiveInfo a = header.archives().get(i);
      assertThat(a.secondsPerPoint()).isEqualTo(expected.get("archives").get(i).get(0).asLong());
      assertThat(a.points()).isEqualTo(expected.get("archives").get(i).get(1).asLong());
    }
  }

  private static void assertFetch(String metric, Path file, long now, JsonNode fetch)
      throws Exception {
    long from = fetch.get("from").asLong();
    long until = fetch.get("until").asLong();
    FetchResult actual = Whisper.fetch(file, from, until, now);
    JsonNode result = fetch.get("result");
    String what = metric + " [" + from + ", " + until + "]";
    if (result.isNull()) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual.from()).as(what).isEqualTo(result.get("start").asLong());
    assertThat(actual.until()).as(what).isEqualTo(result.get("end").asLong());
    assertThat(actual.step()).as(what).isEqualTo(result.get("step").asLong());
    JsonNode values = result.get("values");
    assertThat(actual.values()).as(what).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isNull()) {
        assertThat(actual.values()[i]).as("%s value %d", what, i).isNaN();
      } else {
        assertThat(actual.values()[i])
            .as("%s value %d", what, i)
            .isEqualTo(values.get(i).asDouble());
      }
    }
  }
}
