package dev.charcoal.store;

import dev.charcoal.model.PointBatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Received points that are not yet in whisper files, by metric: what queries merge over the disk
 * and what the persister drains. Like carbon's cache it holds raw points at their own timestamps;
 * unlike carbon's it never loses them on a crash, because the write-ahead log holds them too.
 *
 * <p>The map is a {@link ConcurrentHashMap} (sharded by its bins) of per-metric entries, each with
 * its own lock, so listeners on different threads only meet on the same metric. The size counts
 * points as received; duplicates of a timestamp are resolved when written (last one wins, as in
 * carbon).
 *
 * <p>Limits: at {@code maxPoints} the cache reports {@link #overloaded()} so stream listeners stop
 * reading; below 95 % of it, they are called back. Listeners that cannot wait (UDP, statsd) push on
 * to 105 %, where points are refused and counted as {@code overflow}, loudly rather than silently.
 */
public final class MetricCache {
  static final double LOW_WATERMARK = 0.95;
  static final double HARD_LIMIT = 1.05;

  private final ConcurrentHashMap<String, CachedSeries> series = new ConcurrentHashMap<>();
  private final AtomicLong size = new AtomicLong();
  private final long maxPoints;
  private final long lowWatermark;
  private final long hardLimit;
  private final Queue<Runnable> waitingForRelief = new ConcurrentLinkedQueue<>();
  private final LongAdder overflow = new LongAdder();
  private final Map<MetricPath.Reason, LongAdder> rejected = new EnumMap<>(MetricPath.Reason.class);
  private final Consumer<String> newMetrics;

  public MetricCache(long maxPoints) {
    this(maxPoints, metric -> {});
  }

  /**
   * A cache that tells {@code newMetrics} each normalized name it starts an entry for (the metric
   * index learns new metrics there, once per entry rather than once per point; an entry is started
   * again after the persister drains it, so the receiver must be idempotent and cheap).
   */
  public MetricCache(long maxPoints, Consumer<String> newMetrics) {
    this.newMetrics = newMetrics;
    if (maxPoints <= 0) {
      throw new IllegalArgumentException("cache limit must be positive: " + maxPoints);
    }
    this.maxPoints = maxPoints;
    this.lowWatermark = (long) (maxPoints * LOW_WATERMARK);
    this.hardLimit = (long) Math.ceil(maxPoints * HARD_LIMIT);
    for (MetricPath.Reason reason : MetricPath.Reason.values()) {
      rejected.put(reason, new LongAdder());
    }
  }

  /**
   * Adds every point whose name maps to a file; names that would not ({@code a..b}, NUL, …) are
   * counted by reason and skipped, as are points past the hard limit.
   *
   * @return the points kept; the batch is left untouched
   */
  public int add(PointBatch batch) {
    return add(batch, hardLimit);
  }

  /**
   * Adds points replayed from the write-ahead log: they were accepted once, so no limit applies.
   */
  public void addReplayed(PointBatch batch) {
    add(batch, Long.MAX_VALUE);
  }

  private int add(PointBatch batch, long limit) {
    int kept = 0;
    for (int i = 0, n = batch.size(); i < n; i++) {
      if (size.get() + kept >= limit) {
        overflow.add(n - i);
        break;
      }
      if (add(batch.name(i), batch.timestamp(i), batch.value(i))) {
        kept++;
      }
    }
    size.addAndGet(kept);
    return kept;
  }

  private boolean add(String metric, long timestamp, double value) {
    while (true) {
      CachedSeries entry = series.get(metric);
      if (entry == null) {
        entry = newEntry(metric);
        if (entry == null) {
          return false;
        }
      }
      synchronized (entry) {
        if (entry.add(timestamp, value)) {
          return true;
        }
      }
      // drained meanwhile: the persister removed it from the map; look again
    }
  }

  private CachedSeries newEntry(String metric) {
    MetricPath path = MetricPaths.of(metric);
    if (path instanceof MetricPath.Rejected r) {
      rejected.get(r.reason()).increment();
      return null;
    }
    MetricPath.Mapped mapped = (MetricPath.Mapped) path;
    String key = mapped.name().normalized();
    if (!key.equals(metric)) {
      // received in another spelling (unsorted tags): keep one entry per file
      CachedSeries existing = series.get(key);
      if (existing != null) {
        return existing;
      }
    }
    CachedSeries created = new CachedSeries(key, mapped);
    CachedSeries existing = series.putIfAbsent(key, created);
    if (existing != null) {
      return existing;
    }
    newMetrics.accept(key);
    return created;
  }

  /** Whether the cache is at its limit; stream listeners should pause. */
  public boolean overloaded() {
    return size.get() >= maxPoints;
  }

  /** Runs {@code action} once the cache is under its low watermark (at once if it is). */
  public void whenRelieved(Runnable action) {
    waitingForRelief.add(action);
    if (size.get() < lowWatermark) {
      relieve();
    }
  }

  private void relieve() {
    Runnable action;
    while ((action = waitingForRelief.poll()) != null) {
      action.run();
    }
  }

  /** The metrics with points waiting, most points first (carbon's default "sorted" order). */
  public List<String> metricsByPointCount() {
    List<Map.Entry<String, Integer>> counts = new ArrayList<>(series.size());
    series.forEach(
        (metric, entry) -> {
          int count;
          synchronized (entry) {
            count = entry.count();
          }
          counts.add(Map.entry(metric, count));
        });
    counts.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<String> metrics = new ArrayList<>(counts.size());
    counts.forEach(e -> metrics.add(e.getKey()));
    return metrics;
  }

  /** Every metric with points waiting, in no particular order (for the metric index). */
  public List<String> metrics() {
    return new ArrayList<>(series.keySet());
  }

  /**
   * Takes a metric's points out of the cache for writing, with the file they belong to; empty if
   * none are waiting. Points that arrive afterwards start a new entry.
   */
  public Optional<Drained> drain(String metric) {
    CachedSeries entry = series.get(metric);
    if (entry == null) {
      return Optional.empty();
    }
    CachedPoints points;
    synchronized (entry) {
      points = entry.retire();
      series.remove(metric, entry);
    }
    size.addAndGet(-points.count());
    if (size.get() < lowWatermark && !waitingForRelief.isEmpty()) {
      relieve();
    }
    return Optional.of(new Drained(entry.path, points));
  }

  /**
   * Puts points that could not be written back in front of any that arrived since, so a later
   * attempt writes them in their original order. Not subject to the limits: they were counted.
   */
  public void restore(Drained drained) {
    CachedPoints points = drained.points();
    while (true) {
      CachedSeries entry =
          series.computeIfAbsent(points.metric(), k -> new CachedSeries(k, drained.path()));
      synchronized (entry) {
        if (entry.prepend(points)) {
          break;
        }
      }
    }
    size.addAndGet(points.count());
  }

  /** Whether a metric has points waiting. */
  public boolean contains(String metric) {
    return series.containsKey(metric);
  }

  /** How many points a metric has waiting (0 if none). */
  public int pointCount(String metric) {
    CachedSeries entry = series.get(metric);
    if (entry == null) {
      return 0;
    }
    synchronized (entry) {
      return entry.count();
    }
  }

  /** A copy of a metric's waiting points, for queries. */
  public CachedPoints snapshot(String metric) {
    CachedSeries entry = series.get(metric);
    if (entry == null) {
      return CachedPoints.empty(metric);
    }
    synchronized (entry) {
      return entry.copy();
    }
  }

  public long size() {
    return size.get();
  }

  public int metricCount() {
    return series.size();
  }

  public long maxPoints() {
    return maxPoints;
  }

  /** Points refused because the cache was past its hard limit. */
  public long overflowCount() {
    return overflow.sum();
  }

  /** Names refused because they cannot map to a file, by reason. */
  public Map<MetricPath.Reason, Long> rejectedNames() {
    Map<MetricPath.Reason, Long> counts = new EnumMap<>(MetricPath.Reason.class);
    rejected.forEach((reason, adder) -> counts.put(reason, adder.sum()));
    return counts;
  }

  /** Heap held by the point arrays (not the names or map), for the memory benchmark. */
  public long pointArrayBytes() {
    long bytes = 0;
    for (CachedSeries entry : series.values()) {
      synchronized (entry) {
        bytes += entry.arrayBytes();
      }
    }
    return bytes;
  }

  /** A metric's points taken out of the cache, with the file they go to. */
  public record Drained(MetricPath.Mapped path, CachedPoints points) {}
}
