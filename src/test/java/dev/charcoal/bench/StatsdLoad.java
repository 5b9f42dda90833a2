package dev.charcoal.bench;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.MetricSink;
import dev.charcoal.ingest.UdpListener;
import dev.charcoal.ingest.statsd.StatsdConfig;
import dev.charcoal.ingest.statsd.StatsdListeners;
import dev.charcoal.ingest.statsd.StatsdServer;
import dev.charcoal.model.PointBatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * UDP load test for a statsd: blasts packets of 20 metrics at a paced rate and reports how many
 * metrics the statsd parsed and aggregated, measured the same way for both, by the {@code
 * statsd.metrics_received} counts it flushes. Runs against Charcoal's embedded statsd (in this
 * process, flushing into a counting sink) or against etsy statsd (node, started by this tool with
 * its graphite backend pointed at a fake carbon in this process).
 *
 * <pre>
 * --target charcoal|etsy   which statsd (charcoal)
 * --etsy DIR               etsy's package dir (/tmp/statsd-oracle/node_modules/statsd)
 * --rate N                 metrics per second offered, 0 for as fast as one thread can send
 * --seconds S              measured sending time (10), after 3 s of warm-up at the same rate
 * --keys K                 distinct keys (1000); 70 % counters, 20 % timers, 5 % gauges, 5 % sets
 * --per-packet M           metrics per packet (20)
 * --flush-ms F             flush interval (2000)
 * </pre>
 *
 * <p>For Charcoal it also prints the heap in use after a flush and a full GC, minus the heap in use
 * before the statsd existed: what its state costs for K keys.
 */
public final class StatsdLoad {
  private static final long WARMUP_SECONDS = 3;

  /** A statsd under test: where to send, and the metrics it has flushed as received. */
  private interface Target extends AutoCloseable {
    InetSocketAddress start() throws Exception;

    long flushedMetricsReceived();

    /** CPU time the statsd has used so far, in ns: its ingest threads, or the node process. */
    long cpuNanos() throws IOException;

    @Override
    void close() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String target = "charcoal";
    String etsyDir = "/tmp/statsd-oracle/node_modules/statsd";
    long rate = 500_000;
    long seconds = 10;
    int keys = 1000;
    int perPacket = 20;
    long flushMs = 2000;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--target" -> target = value;
        case "--etsy" -> etsyDir = value;
        case "--rate" -> rate = Long.parseLong(value);
        case "--seconds" -> seconds = Long.parseLong(value);
        case "--keys" -> keys = Integer.parseInt(value);
        case "--per-packet" -> perPacket = Integer.parseInt(value);
        case "--flush-ms" -> flushMs = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long heapBefore = usedHeapAfterGc();
    ByteBuffer[] packets = packets(keys, perPacket);
    try (Target statsd =
        target.equals("etsy") ? new Etsy(Path.of(etsyDir), flushMs) : new Charcoal(flushMs)) {
      InetSocketAddress address = statsd.start();
      try (DatagramChannel channel = DatagramChannel.open()) {
        channel.connect(address);
        send(channel, packets, perPacket, rate, WARMUP_SECONDS);
        Thread.sleep(2 * flushMs + 500); // everything sent so far is flushed
        long before = statsd.flushedMetricsReceived();
        long cpuBefore = statsd.cpuNanos();
        long start = System.nanoTime();
        long sentPackets = send(channel, packets, perPacket, rate, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Thread.sleep(2 * flushMs + 500);
        long received = statsd.flushedMetricsReceived() - before;
        double cpuSeconds = (statsd.cpuNanos() - cpuBefore) / 1e9;
        long offered = sentPackets * perPacket;
        System.out.printf(
            "%s: offered %,d metrics in %.2f s (%,.0f metrics/s, %,.0f packets/s of %d);"
                + " received %,d (%,.0f metrics/s); loss %.3f %%%n",
            target,
            offered,
            elapsed,
            offered / elapsed,
            sentPackets / elapsed,
            perPacket,
            received,
            received / elapsed,
            100.0 * (offered - received) / offered);
        System.out.printf(
            "%s: %.2f s of CPU for them, %.2f µs per packet: %,.0f metrics/s per core busy%n",
            target, cpuSeconds, cpuSeconds * 1e6 * perPacket / received, received / cpuSeconds);
      }
      if (statsd instanceof Charcoal charcoal) {
        charcoal.printMemory(keys, heapBefore);
      }
    }
  }

  /** Sends for {@code seconds} at {@code rate} metrics/s (0: flat out); returns packets sent. */
  private static long send(
      DatagramChannel channel, ByteBuffer[] packets, int perPacket, long rate, long seconds)
      throws IOException {
    double packetsPerNano = rate == 0 ? 0 : rate / (double) perPacket / 1e9;
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long sent = 0;
    for (long now = start; now < end; now = System.nanoTime()) {
      long due = rate == 0 ? sent + 64 : (long) ((now - start) * packetsPerNano);
      if (sent >= due) {
        LockSupport.parkNanos(20_000);
        continue;
      }
      while (sent < due) {
        ByteBuffer packet = packets[(int) (sent % packets.length)];
        packet.rewind();
        channel.write(packet);
        sent++;
      }
    }
    return sent;
  }

  /** Packets of {@code perPacket} lines cycling through {@code keys} keys, realistic names. */
  private static ByteBuffer[] packets(int keys, int perPacket) {
    Random random = new Random(42);
    int count = Math.max(1000, (keys + perPacket - 1) / perPacket);
    ByteBuffer[] packets = new ByteBuffer[count];
    int key = 0;
    for (int p = 0; p < count; p++) {
      StringBuilder b = new StringBuilder();
      for (int m = 0; m < perPacket; m++, key = (key + 1) % keys) {
        String name = "bench.service" + (key % 100) + ".endpoint" + key;
        int kind = key % 20;
        if (kind < 14) {
          b.append(name).append(".requests:1|c").append(kind == 0 ? "|@0.5" : "");
        } else if (kind < 18) {
          b.append(name).append(".latency:").append(random.nextInt(1000)).append("|ms");
        } else if (kind == 18) {
          b.append(name).append(".queue:").append(random.nextInt(100)).append("|g");
        } else {
          b.append(name).append(".users:u").append(random.nextInt(500)).append("|s");
        }
        b.append('\n');
      }
      packets[p] = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return packets;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Sums {@code stats_counts.statsd.metrics_received} over every flush it is given. */
  private static final class ReceivedCounter {
    static final String NAME = "stats_counts.statsd.metrics_received";
    final AtomicLong total = new AtomicLong();
  }

  /** Charcoal's statsd in this process, on its default worker threads. */
  private static final class Charcoal implements Target {
    private final ReceivedCounter received = new ReceivedCounter();
    private final IngestLoops loops = new IngestLoops(0);
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();
    private final StatsdServer server;
    private UdpListener listener;

    Charcoal(long flushMs) {
      MetricSink sink =
          (PointBatch batch) -> {
            for (int i = 0; i < batch.size(); i++) {
              if (batch.name(i).equals(ReceivedCounter.NAME)) {
                received.total.addAndGet((long) batch.value(i));
              }
            }
          };
      StatsdConfig config = StatsdConfig.defaults().withFlushInterval(Duration.ofMillis(flushMs));
      server = new StatsdServer(config, sink, InstantSource.system());
    }

    @Override
    public InetSocketAddress start() throws Exception {
      listener = StatsdListeners.udp(loops, "127.0.0.1", 0, server.aggregator());
      InetSocketAddress address = listener.start();
      System.out.printf("charcoal: SO_RCVBUF %,d bytes%n", listener.receiveBufferSize());
      server.start(flusher);
      return address;
    }

    @Override
    public long flushedMetricsReceived() {
      return received.total.get();
    }

    /** The listener threads' CPU time (the flush thread's is small and not counted). */
    @Override
    public long cpuNanos() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long total = 0;
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null && info.getThreadName().startsWith("charcoal-ingest")) {
          total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
        }
      }
      return total;
    }

    void printMemory(int keys, long heapBefore) {
      server.flushNow();
      long used = usedHeapAfterGc() - heapBefore;
      System.out.printf(
          "charcoal: %,d keys held; heap in use after a flush and GC: %,d bytes more than before"
              + " (%,d bytes per key)%n",
          server.aggregator().keyCount(), used, used / Math.max(1, keys));
    }

    @Override
    public void close() {
      server.close();
      listener.close();
      flusher.shutdownNow();
      loops.close();
    }
  }

  /** etsy statsd under node, flushing to a fake carbon in this process. */
  private static final class Etsy implements Target {
    private final ReceivedCounter received = new ReceivedCounter();
    private final Path dir;
    private final long flushMs;
    private ServerSocket carbon;
    private Process node;
    private Path config;

    Etsy(Path dir, long flushMs) {
      this.dir = dir;
      this.flushMs = flushMs;
    }

    @Override
    public InetSocketAddress start() throws Exception {
      carbon = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      daemon(this::acceptFlushes);
      int udpPort;
      int mgmtPort;
      try (DatagramChannel probe = DatagramChannel.open();
          ServerSocket mgmt = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        probe.bind(new InetSocketAddress("127.0.0.1", 0));
        udpPort = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        mgmtPort = mgmt.getLocalPort();
      }
      config = Files.createTempFile("etsy-statsd", ".js");
      Files.writeString(
          config,
          String.format(
              "{port: %d, address: '127.0.0.1', mgmt_address: '127.0.0.1', mgmt_port: %d,"
                  + " flushInterval: %d, graphiteHost: '127.0.0.1', graphitePort: %d,"
                  + " backends: ['./backends/graphite'], automaticConfigReload: false}",
              udpPort, mgmtPort, flushMs, carbon.getLocalPort()));
      node =
          new ProcessBuilder("node", dir.resolve("stats.js").toString(), config.toString())
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .start();
      CountDownLatch up = new CountDownLatch(1);
      daemon(
          () -> {
            try (BufferedReader out =
                new BufferedReader(new InputStreamReader(node.getInputStream()))) {
              for (String line; (line = out.readLine()) != null; ) {
                if (line.contains("server is up")) {
                  up.countDown();
                }
              }
            } catch (IOException e) {
              // node exited
            }
          });
      if (!up.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("etsy statsd did not start from " + dir);
      }
      // etsy says "server is up" before its UDP bind has completed.
      Thread.sleep(1000);
      return new InetSocketAddress("127.0.0.1", udpPort);
    }

    private void acceptFlushes() {
      while (!carbon.isClosed()) {
        try (Socket flush = carbon.accept();
            BufferedReader lines =
                new BufferedReader(
                    new InputStreamReader(flush.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith(ReceivedCounter.NAME + " ")) {
              received.total.addAndGet((long) Double.parseDouble(line.split(" ")[1]));
            }
          }
        } catch (IOException e) {
          return; // closed
        }
      }
    }

    @Override
    public long flushedMetricsReceived() {
      return received.total.get();
    }

    /** utime + stime of the node process, from /proc (Linux), in clock ticks of 10 ms. */
    @Override
    public long cpuNanos() throws IOException {
      String stat = Files.readString(Path.of("/proc/" + node.pid() + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    }

    @Override
    public void close() throws Exception {
      if (node != null) {
        node.destroyForcibly().waitFor();
      }
      if (carbon != null) {
        carbon.close();
      }
      if (config != null) {
        Files.deleteIfExists(config);
      }
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task);
    thread.setDaemon(true);
    thread.start();
  }
}
