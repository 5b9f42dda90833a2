package dev.charcoal.app;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code charcoal --selftest}: checks that this installation works end to end, in a throw-away data
 * dir: the store and write-ahead log open, every listener binds an ephemeral port, a carbon line
 * sent over TCP is rendered by the HTTP API and lands in a whisper file, and the JavaFX runtime
 * starts (when there is a display). Prints one line per step, then {@code SELFTEST OK} (exit 0) or
 * {@code SELFTEST FAILED: step: reason} (exit 1).
 */
public final class SelfTest {
  static final String METRIC = "charcoal.selftest.value";
  private static final List<String> LISTENERS =
      List.of("carbon-tcp", "carbon-udp", "pickle", "statsd-udp", "statsd-tcp", "http");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The JavaFX step: returns what it found, throws when the runtime is broken. */
  @FunctionalInterface
  public interface FxCheck {
    String check() throws Exception;
  }

  private final InstantSource clock;
  private final FxCheck fx;
  private final PrintStream out;

  public SelfTest(InstantSource clock, FxCheck fx, PrintStream out) {
    this.clock = clock;
    this.fx = fx;
    this.out = out;
  }

  /** Runs every step and returns the exit code. */
  public int run() {
    Path dir;
    try {
      dir = Files.createTempDirectory("charcoal-selftest");
    } catch (IOException e) {
      return failed("temp dir", e);
    }
    try {
      long now = clock.instant().getEpochSecond();
      Services services;
      try {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        services = Services.start(options(dir), clock, "selftest", quiet, quiet);
      } catch (Exception e) {
        return failed("store", e);
      }
      try (services) {
        if (!services.addresses().keySet().containsAll(LISTENERS)) {
          return failed("listeners", "bound only " + services.addresses().keySet());
        }
        step("store and listeners", "ok, " + services.addresses().size() + " listeners");
        sendCarbonLine(services.addresses().get("carbon-tcp"), now);
        String body = renderWhenVisible(services.addresses().get("http"));
        if (body == null) {
          return failed("render", "the point sent over carbon-tcp was not rendered");
        }
        step("carbon → render", "ok");
      } catch (Exception e) {
        return failed("carbon → render", e);
      }
      Path file = ((MetricPath.Mapped) MetricPaths.of(METRIC)).under(dir.resolve("whisper"));
      FetchResult fetched = Whisper.fetch(file, now - 60, now, now);
      boolean found = fetched != null && has42(fetched.values());
      if (!found) {
        return failed("whisper", "the point is not in " + file);
      }
      step("whisper", "ok");
    } catch (IOException e) {
      return failed("whisper", e);
    } finally {
      deleteQuietly(dir);
    }
    try {
      step("javafx", fx.check());
    } catch (Exception | LinkageError e) {
      // A missing native library shows as an UnsatisfiedLinkError.
      return failed("javafx", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    out.println("SELFTEST OK");
    return 0;
  }

  private static boolean has42(double[] values) {
    for (double v : values) {
      if (v == 42.0) {
        return true;
      }
    }
    return false;
  }

  private static ServeOptions options(Path dir) {
    return new ServeOptions(
        dir, "127.0.0.1", 0, 0, 0, 0, null, StoreOptions.DEFAULT_MAX_CACHE_POINTS);
  }

  private static void sendCarbonLine(InetSocketAddress carbon, long now) throws IOException {
    try (Socket socket = new Socket(carbon.getAddress(), carbon.getPort())) {
      socket
          .getOutputStream()
          .write((METRIC + " 42 " + now + "\n").getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The render's body once it holds the point, or null when it never does within the wait. */
  private static String renderWhenVisible(InetSocketAddress http) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + http.getPort()
                + "/render?target="
                + METRIC
                + "&from=-5min&format=json");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && response.body().contains("[42.0, ")) {
        return response.body();
      }
      Thread.sleep(50);
    }
    return null;
  }

  private void step(String name, String result) {
    out.println("selftest: " + name + ": " + result);
  }

  private int failed(String step, Exception e) {
    return failed(step, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private int failed(String step, String reason) {
    out.println("SELFTEST FAILED: " + step + ": " + reason);
    return 1;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is harmless
    }
  }
}
