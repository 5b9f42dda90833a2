package dev.charcoal.app.serve;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.app.DataDirs;
import dev.charcoal.events.EventStore;
import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.ingest.MetricSink;
import dev.charcoal.ingest.SelfMetrics;
import dev.charcoal.ingest.carbon.CarbonCounters;
import dev.charcoal.ingest.carbon.CarbonListeners;
import dev.charcoal.ingest.statsd.StatsdConfig;
import dev.charcoal.ingest.statsd.StatsdConfigException;
import dev.charcoal.ingest.statsd.StatsdConfigFile;
import dev.charcoal.ingest.statsd.StatsdListeners;
import dev.charcoal.ingest.statsd.StatsdServer;
import dev.charcoal.model.PointBatch;
import dev.charcoal.store.MetricStore;
import dev.charcoal.store.StoreOptions;
import dev.charcoal.store.rules.ConfigException;
import dev.charcoal.store.rules.FlushIntervalCheck;
import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.wal.WalDamage;
import dev.charcoal.store.wal.WalOptions;
import dev.charcoal.store.wal.WalReplay;
import dev.charcoal.store.wal.WalStatus;
import dev.charcoal.store.wal.WriteAheadLog;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything {@code charcoal serve} runs, started in order and stopped in reverse: the store
 * (replaying its write-ahead log), the listeners (the HTTP API's among them), the statsd flush and
 * the self metrics. The desktop app runs the same services in its background threads.
 */
public final class Services implements AutoCloseable {
  static final long SELF_METRICS_SECONDS = 60;

  private final MetricStore store;
  private final WriteAheadLog wal;
  private final StatsdServer statsd;
  private final CarbonCounters carbon;
  private final IngestLoops loops;
  private final List<Listener> listeners;
  private final Map<String, InetSocketAddress> bound = new LinkedHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final EventStore events;
  private final MetricCatalog catalog;
  private final ApiBackend api;
  private final PrintStream err;
  private boolean closed;

  private Services(
      MetricStore store,
      WriteAheadLog wal,
      StatsdServer statsd,
      CarbonCounters carbon,
      IngestLoops loops,
      List<Listener> listeners,
      ScheduledExecutorService scheduler,
      EventStore events,
      MetricCatalog catalog,
      ApiBackend api,
      PrintStream err) {
    this.store = store;
    this.wal = wal;
    this.statsd = statsd;
    this.carbon = carbon;
    this.loops = loops;
    this.listeners = listeners;
    this.scheduler = scheduler;
    this.events = events;
    this.catalog = catalog;
    this.api = api;
    this.err = err;
  }

  /**
   * Starts everything; a listener that cannot bind is reported on {@code err} and the others run.
   * The carbon and statsd listeners open before the whisper tree is indexed (senders are not
   * refused during a long scan), the HTTP API after it (every answer sees every file). Prints
   * {@code listening NAME HOST:PORT} for each bound listener, then {@code ready}, on {@code out}.
   *
   * @throws ConfigException the storage rules do not parse (names file and line)
   * @throws StatsdConfigException conf/statsd.json is invalid (names the key)
   * @throws IOException the data dir or the write-ahead log cannot be opened
   */
  public static Services start(
      ServeOptions options, InstantSource clock, String hostName, PrintStream out, PrintStream err)
      throws IOException, ConfigException, StatsdConfigException {
    return start(options, clock, hostName, out, err, err);
  }

  /**
   * Starts as {@link #start(ServeOptions, InstantSource, String, PrintStream, PrintStream)}, with
   * news that is not a problem (how many points the write-ahead log brought back) on {@code notes}
   * instead of {@code err}: the desktop app shows {@code err}'s lines as errors.
   */
  public static Services start(
      ServeOptions options,
      InstantSource clock,
      String hostName,
      PrintStream out,
      PrintStream err,
      PrintStream notes)
      throws IOException, ConfigException, StatsdConfigException {
    return start(options, clock, hostName, out, err, notes, true);
  }

  /**
   * Starts as {@link #start(ServeOptions, InstantSource, String, PrintStream, PrintStream,
   * PrintStream)} but without indexing the whisper tree, the HTTP API already open: for the desktop
   * app, which calls {@link #indexInBackground} once its window shows, so that the scan's work does
   * not hold the window up, and shows {@link #indexing} in its status bar. Until the scan ends,
   * {@code /metrics/find} and the evaluator see the files indexed so far and every metric received
   * since start.
   */
  public static Services startBeforeIndexing(
      ServeOptions options,
      InstantSource clock,
      String hostName,
      PrintStream out,
      PrintStream err,
      PrintStream notes)
      throws IOException, ConfigException, StatsdConfigException {
    return start(options, clock, hostName, out, err, notes, false);
  }

  private static Services start(
      ServeOptions options,
      InstantSource clock,
      String hostName,
      PrintStream out,
      PrintStream err,
      PrintStream notes,
      boolean indexFirst)
      throws IOException, ConfigException, StatsdConfigException {
    Path dataDir = DataDirs.prepare(options.dataDir());
    Path conf = dataDir.resolve(DataDirs.CONF);
    RulesFiles.writeDefaultsIfMissing(conf);
    StorageRules rules = RulesFiles.load(conf);
    StatsdConfig statsdConfig = StatsdConfigFile.load(dataDir, warning -> err.println(warning));
    if (options.statsdFlush() != null) {
      statsdConfig = statsdConfig.withFlushInterval(options.statsdFlush());
    }
    WriteAheadLog[] wal = new WriteAheadLog[1];
    MetricCatalog catalog = MetricCatalog.unscanned(dataDir.resolve(DataDirs.WHISPER));
    // The log is replayed into the cache (and the index) before any listener opens: nothing
    // received now can be written before what the last run received.
    MetricStore store =
        MetricStore.open(
            dataDir,
            rules,
            StoreOptions.defaults().withMaxCachePoints(options.maxCachePoints()),
            clock,
            (walDir, replay) -> wal[0] = WriteAheadLog.open(walDir, WalOptions.defaults(), replay),
            catalog.metrics());
    reportReplay(wal[0].replayed(), notes, err);
    MetricSink sink = sinkOf(store);
    StatsdServer statsd = new StatsdServer(statsdConfig, sink, clock);
    FlushIntervalCheck.check(
            rules.schemas(), statsd.exampleNames(), statsdConfig.flushInterval(), "StatsD")
        .forEach(err::println);
    CarbonCounters carbon = new CarbonCounters();
    IngestLoops loops = new IngestLoops(0);
    List<Listener> listeners = new ArrayList<>();
    listeners.addAll(
        CarbonListeners.create(
            loops,
            options.bind(),
            options.carbonPort(),
            options.carbonPort(),
            options.picklePort(),
            sink,
            clock,
            carbon));
    listeners.addAll(
        StatsdListeners.create(
            loops,
            options.bind(),
            options.statsdPort(),
            options.statsdPort(),
            statsd.aggregator()));
    EventStore events = HttpService.events(dataDir, err);
    ApiBackend api = HttpService.backend(dataDir, events, clock, catalog, store.series());
    Listener http = HttpService.listener(api, options.bind(), options.httpPort(), clock);
    listeners.add(http);
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "charcoal-scheduler");
              t.setDaemon(true);
              return t;
            });
    Services services =
        new Services(
            store, wal[0], statsd, carbon, loops, listeners, scheduler, events, catalog, api, err);
    try {
      for (Listener listener : listeners) {
        if (listener != http) {
          services.bind(listener);
        }
      }
      if (indexFirst) {
        catalog.scan(err);
      }
      services.bind(http);
    } catch (IOException | RuntimeException e) {
      services.close();
      throw e;
    }
    statsd.start(scheduler);
    SelfMetrics self = selfMetrics(SelfMetrics.carbonPrefix(hostName), sink, clock, store, carbon);
    scheduler.scheduleAtFixedRate(
        self::report, SELF_METRICS_SECONDS, SELF_METRICS_SECONDS, TimeUnit.SECONDS);
    services.bound.forEach(
        (name, address) ->
            out.println(
                "listening " + name + " " + address.getHostString() + ":" + address.getPort()));
    out.println("ready");
    out.flush();
    return services;
  }

  private void bind(Listener listener) {
    try {
      bound.put(listener.name(), listener.start());
    } catch (ListenerException e) {
      err.println(e.getMessage());
    }
  }

  private static void reportReplay(WalReplay replay, PrintStream notes, PrintStream err) {
    if (replay.points() > 0) {
      notes.printf(
          "write-ahead log: %,d points from the last run are back in the cache%n", replay.points());
    }
    for (WalDamage damage : replay.damage()) {
      err.printf(
          "write-ahead log: %s at byte %d: %s (%s)%n",
          damage.file(), damage.offset(), damage.kind(), damage.detail());
    }
  }

  private static MetricSink sinkOf(MetricStore store) {
    return new MetricSink() {
      @Override
      public void accept(PointBatch batch) {
        store.accept(batch);
      }

      @Override
      public boolean overloaded() {
        return store.overloaded();
      }

      @Override
      public void whenRelieved(Runnable action) {
        store.whenRelieved(action);
      }
    };
  }

  private static SelfMetrics selfMetrics(
      String prefix,
      MetricSink sink,
      InstantSource clock,
      MetricStore store,
      CarbonCounters carbon) {
    SelfMetrics self = new SelfMetrics(prefix, sink, clock);
    self.counter("metricsReceived", () -> carbon.snapshot().metricsReceived())
        .gauge("activeConnections", () -> carbon.snapshot().activeConnections())
        .gauge("cache.size", () -> store.status().cachedPoints())
        .gauge("cache.queues", () -> store.status().cachedMetrics())
        .counter("cache.overflow", () -> store.status().overflow())
        .counter("committedPoints", () -> store.status().persister().committedPoints())
        .counter("updateOperations", () -> store.status().persister().updateOperations())
        .counter("creates", () -> store.status().persister().creates())
        .counter("errors", () -> store.status().persister().errors())
        .ratio(
            "pointsPerUpdate",
            () -> store.status().persister().committedPoints(),
            () -> store.status().persister().updateOperations(),
            1)
        .ratio(
            "avgUpdateTime",
            () -> store.status().persister().updateNanos(),
            () -> store.status().persister().updateOperations(),
            1e-9)
        .gauge("memUsage", ProcessFigures::residentBytes)
        .gauge("cpuUsage", new ProcessFigures.CpuUsage(clock)::percentSinceLast);
    return self;
  }

  /** Bound listeners by name, in start order. */
  public Map<String, InetSocketAddress> addresses() {
    return java.util.Collections.unmodifiableMap(bound);
  }

  /** What the HTTP API and the desktop app read: evaluator, indexes, functions, events. */
  public ApiBackend api() {
    return api;
  }

  public MetricStore store() {
    return store;
  }

  /** What the carbon listeners received and refused, for the status bar. */
  public CarbonCounters.Snapshot carbonCounters() {
    return carbon.snapshot();
  }

  /**
   * Indexes the whisper tree on a background thread, after {@link #startBeforeIndexing} (once; a
   * second call does nothing). What the scan cannot read is reported on start's {@code err}.
   */
  public synchronized void indexInBackground() {
    if (!closed) {
      catalog.scanInBackground(err);
    }
  }

  /**
   * Until the whisper tree is indexed ({@link #startBeforeIndexing}), how many metrics the index
   * holds so far; empty once it is complete.
   */
  public OptionalLong indexing() {
    return catalog.indexing();
  }

  /** Completes once the whisper tree is indexed (at once after {@link #start}). */
  public CompletionStage<Void> indexed() {
    return catalog.scanned();
  }

  /** The write-ahead log's state, for the status bar. */
  public WalStatus walStatus() {
    return wal.status();
  }

  /** Stops accepting, writes every received point to whisper and releases everything. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    catalog.stopScan(); // the disk is the store's now
    listeners.forEach(Listener::stopAccepting);
    listeners.forEach(Listener::close);
    statsd.close();
    statsd.flushNow(); // the interval in progress is not lost
    scheduler.shutdownNow();
    events.close();
    try {
      store.close();
    } finally {
      loops.close();
      catalog.close();
    }
  }
}
