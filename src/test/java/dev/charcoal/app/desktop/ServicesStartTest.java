package dev.charcoal.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.DisconnectedBackend;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's services started beside the window: what goes wrong shows in the status (the
 * window's status bar), and the rest works.
 */
class ServicesStartTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
  private static final long WAIT_SECONDS = 60;

  @TempDir Path data;

  private void listeners(int carbonPort) throws Exception {
    Files.createDirectories(data.resolve("conf"));
    Files.writeString(
        data.resolve("conf/listeners.json"),
        "{\"bind\":\"127.0.0.1\",\"carbonPort\":"
            + carbonPort
            + ",\"picklePort\":0,\"statsdPort\":0,\"httpPort\":0}");
  }

  private ServicesStart begin(Path dataDir) {
    return ServicesStart.begin(dataDir, CLOCK, StartupTrace.fromSystemProperty(CLOCK));
  }

  /** The backend once the window has shown. */
  private static Backend shownBackendOf(ServicesStart start) throws Exception {
    start.windowShown();
    return start.backend().get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void aTakenPortIsNamedInTheStatusAndTheOtherListenersRun() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listeners(taken.getLocalPort());
      try (ServicesStart start = begin(data)) {
        BackendStatus status = shownBackendOf(start).status();

        assertThat(status.errors())
            .anySatisfy(
                error ->
                    assertThat(error)
                        .contains("carbon-tcp")
                        .contains(Integer.toString(taken.getLocalPort())));
        assertThat(status.listeners()).containsKeys("pickle", "statsd-udp", "http");
        assertThat(status.listeners()).doesNotContainKey("carbon-tcp");
      }
    }
  }

  @Test
  void aDataDirThatCannotBeUsedGivesAWindowThatSaysWhy() throws Exception {
    Path file = Files.writeString(data.resolve("not-a-dir"), "x");

    try (ServicesStart start = begin(file)) {
      Backend backend = shownBackendOf(start);

      assertThat(backend).isInstanceOf(DisconnectedBackend.class);
      assertThat(backend.status().errors())
          .singleElement()
          .asString()
          .startsWith("cannot start the store: " + file)
          .doesNotContain("Exception");
    }
  }

  @Test
  void startsOnceTheWindowShowsThenIndexesAndReportsWhatTheScanCannotRead() throws Exception {
    listeners(0);
    Path dir = Files.createDirectories(data.resolve("whisper/a/b"));
    Files.createFile(dir.resolve("c.wsp"));
    Files.createSymbolicLink(dir.resolve("loop"), data.resolve("whisper/a")); // unreadable as root

    try (ServicesStart start = begin(data)) {
      assertThat(start.backend()).as("nothing started before the window shows").isNotDone();

      Backend backend = shownBackendOf(start);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (backend.status().indexing() != BackendStatus.INDEXED && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(backend.metrics("a.b.*", name -> true, 10)).containsExactly("a.b.c");
      assertThat(backend.status().errors())
          .containsExactly(
              "index: 1 unreadable files or directories under " + data.resolve("whisper"));
    }
  }

  @Test
  void startsAnywayWhenTheWindowNeverSaysItShowed() throws Exception {
    listeners(0);

    try (ServicesStart start =
        ServicesStart.begin(data, CLOCK, StartupTrace.fromSystemProperty(CLOCK), Duration.ZERO)) {
      Backend backend = start.backend().get(WAIT_SECONDS, TimeUnit.SECONDS);

      assertThat(backend.status().listeners()).containsKey("http");
    }
  }

  @Test
  void aWindowClosedBeforeItShowedStartsNothing() throws Exception {
    listeners(0);
    ServicesStart start = begin(data);

    start.close();

    assertThat(start.backend().get(WAIT_SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(DisconnectedBackend.class);
    assertThat(data.resolve("wal")).doesNotExist();
  }
}
