package dev.charcoal.app.bench;

import dev.charcoal.app.serve.ServeOptions;
import dev.charcoal.app.serve.Services;
import dev.charcoal.ingest.statsd.StatsdConfigException;
import dev.charcoal.store.MetricStore;
import dev.charcoal.store.PersisterStats;
import dev.charcoal.store.StoreStatus;
import dev.charcoal.store.rules.ConfigException;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.function.ToLongFunction;

/**
 * The carbon load generator behind {@code charcoal bench ingest}: sends {@code metrics × points}
 * plaintext lines over one loopback TCP connection to a freshly started set of services, and
 * measures how fast they are received (in the cache and the write-ahead log) and persisted (in
 * whisper files), then checks that every point can be read back from its file.
 *
 * <p>Points are one per 10 s interval back from now, interleaved by time as real collectors send
 * them; the payload is built before the clock starts.
 */
public final class IngestBench {
  private static final Duration GIVE_UP = Duration.ofMinutes(10);

  /**
   * What one run measured.
   *
   * @param persister the persister's counters once every point was written: where its time went
   */
  public record Result(
      long points,
      double receiveSeconds,
      double persistSeconds,
      long verifiedPoints,
      PersisterStats persister) {
    public double receivedPerSecond() {
      return points / receiveSeconds;
    }

    public double persistedPerSecond() {
      return points / persistSeconds;
    }

    /** Mean microseconds per file created, directories and opening included. */
    public double microsPerCreate() {
      return persister.creates() == 0 ? 0 : persister.createNanos() / 1e3 / persister.creates();
    }

    /** Mean microseconds per update_many. */
    public double microsPerUpdate() {
      long ops = persister.updateOperations();
      return ops == 0 ? 0 : persister.updateNanos() / 1e3 / ops;
    }
  }

  private IngestBench() {}

  public static Result run(
      Path dataDir, int metrics, int points, InstantSource clock, PrintStream log)
      throws IOException, ConfigException, StatsdConfigException, InterruptedException {
    long now = clock.instant().getEpochSecond();
    byte[] payload = payload(metrics, points, now);
    long total = (long) metrics * points;
    log.printf("payload: %,d metrics x %,d points, %,d bytes%n", metrics, points, payload.length);
    ServeOptions options =
        new ServeOptions(dataDir, ServeOptions.DEFAULT_BIND, 0, 0, 0, 0, null, total * 2);
    double receiveSeconds;
    double persistSeconds;
    PersisterStats persister;
    try (Services services =
        Services.start(
            options, clock, "bench", new PrintStream(OutputStream.nullOutputStream()), log)) {
      MetricStore store = services.store();
      InetSocketAddress carbon = services.addresses().get("carbon-tcp");
      long started = System.nanoTime();
      Thread sender = new Thread(() -> send(carbon, payload), "bench-sender");
      sender.start();
      receiveSeconds = await(store, StoreStatus::receivedPoints, total, started);
      persistSeconds = await(store, s -> s.persister().committedPoints(), total, started);
      persister = store.status().persister();
      sender.join();
    }
    long verified = verify(dataDir.resolve("whisper"), metrics, points, now, clock);
    return new Result(total, receiveSeconds, persistSeconds, verified, persister);
  }

  static byte[] payload(int metrics, int points, long now) {
    StringBuilder text = new StringBuilder(metrics * points * 32);
    for (int k = 1; k <= points; k++) {
      long ts = now - 10L * k;
      for (int m = 0; m < metrics; m++) {
        text.append("bench.m").append(m).append(' ').append(k).append(' ').append(ts).append('\n');
      }
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void send(InetSocketAddress carbon, byte[] payload) {
    try (Socket socket = new Socket(carbon.getAddress(), carbon.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(payload);
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException("sending to " + carbon + ": " + e.getMessage(), e);
    }
  }

  /** Seconds from {@code started} until the counter reaches {@code target}. */
  private static double await(
      MetricStore store, ToLongFunction<StoreStatus> counter, long target, long started)
      throws InterruptedException {
    long deadline = started + GIVE_UP.toNanos();
    while (counter.applyAsLong(store.status()) < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "gave up after " + GIVE_UP + ": " + store.status() + " of " + target + " points");
      }
      Thread.sleep(1);
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /** Counts the points that read back from the whisper files with the values sent. */
  private static long verify(
      Path whisperRoot, int metrics, int points, long sentAt, InstantSource clock)
      throws IOException {
    long now = clock.instant().getEpochSecond();
    long found = 0;
    for (int m = 0; m < metrics; m++) {
      FetchResult r =
          Whisper.fetch(
              whisperRoot.resolve("bench").resolve("m" + m + ".wsp"),
              sentAt - 10L * (points + 1),
              sentAt,
              now);
      for (int i = 0; i < r.values().length; i++) {
        long interval = r.from() + i * r.step();
        long k = (sentAt - interval) / 10; // the interval holds sentAt - 10k
        if (r.values()[i] == k) {
          found++;
        }
      }
    }
    return found;
  }
}
