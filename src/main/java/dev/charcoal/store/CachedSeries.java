package dev.charcoal.store;

import java.util.Arrays;

/**
 * One metric's points waiting in the cache, appended in arrival order. Guarded by its own monitor;
 * once drained it is {@link #retired} and writers look the metric up again.
 */
final class CachedSeries {
  private static final int FIRST_CAPACITY = 4;
  private static final long[] NO_TIMESTAMPS = new long[0];
  private static final double[] NO_VALUES = new double[0];

  final String metric;
  final MetricPath.Mapped path;
  private long[] timestamps = NO_TIMESTAMPS;
  private double[] values = NO_VALUES;
  private int count;
  private boolean retired;

  CachedSeries(String metric, MetricPath.Mapped path) {
    this.metric = metric;
    this.path = path;
  }

  /** Appends unless retired; returns whether it did. Caller holds the monitor. */
  boolean add(long timestamp, double value) {
    if (retired) {
      return false;
    }
    if (count == timestamps.length) {
      // grow by half: the slack stays under half a point's 16 bytes on average
      int capacity = Math.max(FIRST_CAPACITY, count + (count >> 1));
      timestamps = Arrays.copyOf(timestamps, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    timestamps[count] = timestamp;
    values[count] = value;
    count++;
    return true;
  }

  /** Takes every point and retires the entry. Caller holds the monitor. */
  CachedPoints retire() {
    retired = true;
    CachedPoints taken = new CachedPoints(metric, timestamps, values, count);
    timestamps = NO_TIMESTAMPS;
    values = NO_VALUES;
    count = 0;
    return taken;
  }

  /**
   * Puts points taken earlier back in front of those that arrived since, unless retired; returns
   * whether it did. Caller holds the monitor.
   */
  boolean prepend(CachedPoints older) {
    if (retired) {
      return false;
    }
    long[] ts = new long[older.count() + count];
    double[] vs = new double[ts.length];
    System.arraycopy(older.timestamps(), 0, ts, 0, older.count());
    System.arraycopy(older.values(), 0, vs, 0, older.count());
    System.arraycopy(timestamps, 0, ts, older.count(), count);
    System.arraycopy(values, 0, vs, older.count(), count);
    timestamps = ts;
    values = vs;
    count = ts.length;
    return true;
  }

  CachedPoints copy() {
    return new CachedPoints(
        metric, Arrays.copyOf(timestamps, count), Arrays.copyOf(values, count), count);
  }

  int count() {
    return count;
  }

  /** Heap bytes held by the point arrays, for the memory figures. */
  long arrayBytes() {
    return 16L * timestamps.length;
  }
}
