package dev.charcoal.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charcoal.model.PointBatch;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.index.TaggedNamesFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whisper tree is indexed while ingest runs: the desktop app's services start without it and
 * index when told, serve opens its HTTP API only once the index is complete. The scan is held at
 * its end by making the tagged names file a named pipe: reading it waits until the test writes
 * (Linux, macOS).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a scan held for good
class ServicesIndexingTest {
  private static final long NOW = 1_700_000_000L;
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(NOW));
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final long WAIT_SECONDS = 60;

  @TempDir Path data;
  private Path namesPipe;
  private Services services;

  @BeforeEach
  void holdTheScanAtItsEnd() throws Exception {
    for (String metric : new String[] {"old/a.wsp", "old/b.wsp"}) {
      Path file = data.resolve("whisper").resolve(metric);
      Files.createDirectories(file.getParent());
      Files.createFile(file);
    }
    namesPipe = data.resolve("whisper").resolve(TaggedNamesFile.DEFAULT_LOCATION);
    Files.createDirectories(namesPipe.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", namesPipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to hold the scan");
  }

  /** Lets the scan read the names file (empty) and finish. */
  private void releaseTheScan() throws IOException {
    // Opening a pipe to write waits for its reader, which the scan becomes; once the scan has
    // rewritten the file this opens the plain file, and appends nothing.
    Files.newOutputStream(namesPipe, StandardOpenOption.APPEND).close();
  }

  @AfterEach
  void stop() throws Exception {
    // else close() would wait for a scan stuck on the pipe; from a thread of its own, since with
    // no scan reading (a test that failed before it began) opening the pipe would wait for good
    Thread release =
        new Thread(
            () -> {
              try {
                releaseTheScan();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    release.setDaemon(true);
    release.start();
    if (services != null) {
      services.close();
    }
  }

  private static ServeOptions options(Path data, int carbonPort) {
    return new ServeOptions(data, "127.0.0.1", carbonPort, 0, 0, 0, null, 1_000_000);
  }

  private boolean indexed(String metric) {
    return !services.api().index().metrics(GlobPattern.compile(metric)).isEmpty();
  }

  @Test
  void theDesktopsServicesIndexWhenToldWhileQueriesSeeFilesAndLiveMetrics() throws Exception {
    services = Services.startBeforeIndexing(options(data, 0), CLOCK, "test", QUIET, QUIET, QUIET);
    PointBatch batch = new PointBatch(1);
    batch.add("live.metric", NOW - 10, 1.0);
    services.store().accept(batch);

    assertThat(services.addresses()).containsKeys("carbon-tcp", "http");
    assertThat(indexed("live.metric")).isTrue();
    assertThat(indexed("old.a")).as("not scanned yet").isFalse();
    assertThat(services.indexing()).hasValue(1);

    services.indexInBackground();
    // the walk is over once the scan waits on the names file: every file is indexed
    awaitIndexed("old.a");
    assertThat(services.indexing()).as("still indexing").hasValue(3);

    releaseTheScan();
    services.indexed().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(services.indexing()).as("indexing is over").isEmpty();
    assertThat(services.api().index().metrics(GlobPattern.compile("*.*")))
        .containsExactly("live.metric", "old.a", "old.b");
    assertThat(Files.isRegularFile(namesPipe)).as("names file rewritten").isTrue();
  }

  private void awaitIndexed(String metric) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!indexed(metric) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(indexed(metric)).as(metric + " indexed").isTrue();
  }

  @Test
  void serveTakesCarbonDataDuringTheScanAndOpensHttpOnlyAfterIt() throws Exception {
    int carbonPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      carbonPort = probe.getLocalPort();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream lines = new PrintStream(out, true, StandardCharsets.UTF_8);
    CompletableFuture<Services> started =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Services.start(options(data, carbonPort), CLOCK, "test", lines, QUIET);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    try (Socket carbon = connectWhenOpen(carbonPort)) {
      carbon
          .getOutputStream()
          .write(("during.scan 7 " + (NOW - 10) + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(started).as("serve waits for the scan").isNotDone();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("ready");

    releaseTheScan();
    services = started.get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(services.indexing()).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("listening carbon-tcp 127.0.0.1:" + carbonPort, "listening http ")
        .endsWith("ready" + System.lineSeparator());
    awaitReceived(1);
    assertThat(indexed("during.scan")).isTrue();
    assertThat(indexed("old.b")).isTrue();
  }

  private static Socket connectWhenOpen(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      try {
        return new Socket("127.0.0.1", port);
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(20);
      }
    }
  }

  private void awaitReceived(long points) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (services.store().status().receivedPoints() < points && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(services.store().status().receivedPoints()).isEqualTo(points);
  }

  @Test
  void aTaggedSeriesRecordedInTheNamesFileIsFoundOnceTheScanReadsIt() throws Exception {
    String tagged = "cpu;host=web1";
    Path file = ((MetricPath.Mapped) MetricPaths.of(tagged)).under(data.resolve("whisper"));
    Files.createDirectories(file.getParent());
    Files.createFile(file);
    services = Services.startBeforeIndexing(options(data, 0), CLOCK, "test", QUIET, QUIET, QUIET);
    services.indexInBackground();
    assertThat(services.api().tags().findSeries(List.of("host=web1"))).isEmpty();

    try (OutputStream names = Files.newOutputStream(namesPipe, StandardOpenOption.APPEND)) {
      names.write((tagged + "\n").getBytes(StandardCharsets.UTF_8));
    }
    services.indexed().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(services.api().tags().findSeries(List.of("host=web1"))).containsExactly(tagged);
  }
}
