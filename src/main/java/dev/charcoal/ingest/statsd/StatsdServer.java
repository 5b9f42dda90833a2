package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.MetricSink;
import dev.charcoal.model.PointBatch;
import java.lang.System.Logger.Level;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The embedded StatsD: owns the {@link StatsdAggregator} that the listeners feed and flushes it
 * every {@code flushInterval} into the store through a {@link MetricSink}, no network hop. Time
 * comes from the injected clock, so a test's flush is exact.
 *
 * <p>Each flush writes etsy statsd's Graphite lines as points at the flush time {@code round(now /
 * 1 s)}: the keys ({@link FlushBuilder}), statsd's own counters {@code bad_lines_seen}, {@code
 * packets_received}, {@code metrics_received}, the gauge {@code timestamp_lag} (from the second
 * flush on), {@code numStats}, {@code processing_time} and the four {@code graphiteStats} values
 * about the previous delivery to the store.
 *
 * <p>A flush the store refuses ({@code accept} throws) is kept and tried again, before the newer
 * one, at the next flush; it is logged and counted. Only when more than {@link #MAX_PENDING_POINTS}
 * points pile up are the oldest given up, counted as dropped and logged.
 */
public final class StatsdServer implements AutoCloseable {
  /** About 30 minutes of 100,000 counters at a 10 s flush, some hundreds of MB at most. */
  public static final long MAX_PENDING_POINTS = 5_000_000;

  private static final System.Logger LOG = System.getLogger(StatsdServer.class.getName());

  private final StatsdAggregator aggregator;
  private final MetricSink sink;
  private final InstantSource clock;
  private final long flushMillis;
  private final GraphiteNames names;
  private final FlushBuilder builder;
  private final long maxPendingPoints;

  private final ArrayDeque<PointBatch> pending = new ArrayDeque<>();

  /** The last batch, once the store has taken it (the store copies): reused for the next. */
  private PointBatch spare = new PointBatch(64);

  private ScheduledFuture<?> schedule;

  /** The previous flush's timestamp, 0 before the first (etsy's {@code old_timestamp}). */
  private long previousTimestamp;

  // Running totals already written as statsd's counters.
  private long packetsWritten;
  private long metricsWritten;
  private long badLinesWritten;

  // etsy graphite backend's graphiteStats, about the last delivery.
  private long lastFlush;
  private long lastException;
  private long flushTime;
  private long flushLength;

  private volatile long flushes;
  private volatile long failedFlushes;
  private volatile long pendingPoints;
  private volatile long droppedPoints;

  public StatsdServer(StatsdConfig config, MetricSink sink, InstantSource clock) {
    this(config, sink, clock, MAX_PENDING_POINTS);
  }

  StatsdServer(StatsdConfig config, MetricSink sink, InstantSource clock, long maxPendingPoints) {
    this.maxPendingPoints = maxPendingPoints;
    this.aggregator = new StatsdAggregator(config);
    this.sink = sink;
    this.clock = clock;
    this.flushMillis = config.flushInterval().toMillis();
    this.names = new GraphiteNames(config);
    this.builder = new FlushBuilder(aggregator, names);
    this.lastFlush = epochSeconds(clock.millis());
  }

  /** What the listeners feed ({@link StatsdListeners#create}). */
  public StatsdAggregator aggregator() {
    return aggregator;
  }

  /**
   * What the flushes are named, with {@code *} for the key: {@code stats.*}, {@code
   * stats_counts.*}, {@code stats.timers.*.mean}… (for checking them against the storage schemas).
   */
  public List<String> exampleNames() {
    KeyState any = new KeyState("*", "", HistogramBins.NONE);
    return List.of(
            names.counterRate(any),
            names.counterCount(any),
            names.timer(any, "mean"),
            names.gauge(any),
            names.set(any))
        .stream()
        .distinct()
        .toList();
  }

  /** Flushes every flush interval on {@code executor}, the first one interval from now. */
  public synchronized void start(ScheduledExecutorService executor) {
    if (schedule != null) {
      throw new IllegalStateException("statsd flush already started");
    }
    schedule =
        executor.scheduleAtFixedRate(
            this::scheduledFlush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
  }

  /** Stops the scheduled flushes; call {@link #flushNow} after it so the last interval is kept. */
  @Override
  public synchronized void close() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  private void scheduledFlush() {
    try {
      flushNow();
    } catch (RuntimeException e) {
      // An exception would cancel the schedule; report it and keep flushing.
      LOG.log(Level.ERROR, "statsd flush failed", e);
    }
  }

  /**
   * Flushes the current interval now and delivers it, with any earlier flush still pending. The
   * integrator calls it on shutdown after {@link #close}.
   */
  public synchronized void flushNow() {
    long started = clock.millis();
    long timestamp = epochSeconds(started);
    writeOwnCounters();
    if (previousTimestamp > 0) {
      aggregator.setGauge(
          aggregator.timestampLagKey, timestamp - previousTimestamp - flushMillis / 1000.0);
    }
    previousTimestamp = timestamp;

    PointBatch batch = spare != null ? spare : new PointBatch((int) flushLength + 64);
    spare = null;
    builder.build(timestamp, batch);
    long elapsed = clock.millis() - started;
    // etsy times process_metrics and its graphite formatting apart; here they are one pass.
    batch.add(names.statsdMetric("graphiteStats.calculationtime"), timestamp, elapsed);
    batch.add(names.statsdMetric("processing_time"), timestamp, elapsed);
    batch.add(names.statsdMetric("graphiteStats.last_exception"), timestamp, lastException);
    batch.add(names.statsdMetric("graphiteStats.last_flush"), timestamp, lastFlush);
    batch.add(names.statsdMetric("graphiteStats.flush_time"), timestamp, flushTime);
    batch.add(names.statsdMetric("graphiteStats.flush_length"), timestamp, flushLength);
    deliver(batch);
    flushes++;
    logBadLines();
  }

  /** statsd's own counters get this interval's share of the running totals. */
  private void writeOwnCounters() {
    long packets = aggregator.packetsReceived();
    long metrics = aggregator.metricsReceived();
    long badLines = aggregator.badLines().total();
    aggregator.packetsReceivedKey.addCounter(packets - packetsWritten, 1);
    aggregator.metricsReceivedKey.addCounter(metrics - metricsWritten, 1);
    aggregator.badLinesSeenKey.addCounter(badLines - badLinesWritten, 1);
    packetsWritten = packets;
    metricsWritten = metrics;
    badLinesWritten = badLines;
  }

  private void deliver(PointBatch batch) {
    pending.addLast(batch);
    pendingPoints += batch.size();
    while (!pending.isEmpty()) {
      PointBatch next = pending.peekFirst();
      long started = clock.millis();
      try {
        sink.accept(next);
      } catch (RuntimeException e) {
        failedFlushes++;
        lastException = epochSeconds(clock.millis());
        LOG.log(
            Level.WARNING,
            "statsd: the store refused a flush of "
                + next.size()
                + " points ("
                + e
                + "); keeping "
                + pendingPoints
                + " points to retry at the next flush");
        dropOldestBeyondLimit();
        return;
      }
      long finished = clock.millis();
      flushTime = finished - started;
      flushLength = next.size();
      lastFlush = epochSeconds(finished);
      pending.removeFirst();
      pendingPoints -= next.size();
      next.clear();
      spare = next;
    }
  }

  private void dropOldestBeyondLimit() {
    while (pendingPoints > maxPendingPoints && pending.size() > 1) {
      PointBatch dropped = pending.removeFirst();
      pendingPoints -= dropped.size();
      droppedPoints += dropped.size();
      LOG.log(
          Level.ERROR,
          "statsd: the store has refused flushes for too long; dropped the oldest "
              + dropped.size()
              + " points ("
              + droppedPoints
              + " dropped so far)");
    }
  }

  private void logBadLines() {
    Map<BadLine, String> samples = aggregator.samples().take();
    if (!samples.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "statsd: bad lines since the last flush, by reason (with the first of each): "
              + samples.entrySet().stream()
                  .map(
                      e ->
                          e.getKey().reason()
                              + " ("
                              + aggregator.badLines().get(e.getKey().reason())
                              + " so far): "
                              + e.getValue())
                  .collect(Collectors.joining("; ")));
    }
  }

  /** The running totals, readable from any thread. */
  public StatsdStats stats() {
    return new StatsdStats(
        aggregator.packetsReceived(),
        aggregator.metricsReceived(),
        aggregator.badLines().total(),
        aggregator.badLines().snapshot(),
        aggregator.keyCount(),
        flushes,
        failedFlushes,
        pendingPoints,
        droppedPoints);
  }

  /** etsy's {@code Math.round(Date.now() / 1000)}: rounded, not truncated. */
  private static long epochSeconds(long millis) {
    return Math.round(millis / 1000.0);
  }
}
