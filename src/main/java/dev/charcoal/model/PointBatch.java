package dev.charcoal.model;

import java.util.Arrays;

/**
 * A reusable batch of received points, {@code (name, timestamp, value)} in arrival order, kept as
 * parallel arrays so that a decoder can hand thousands of points to the store without one object
 * per point. Whoever receives a batch copies what it keeps: the decoder clears and refills it.
 *
 * <p>Timestamps are whole epoch seconds (carbon truncates with Python's {@code int()}, toward
 * zero), names are already normalised (tags sorted).
 */
public final class PointBatch {
  private String[] names;
  private long[] timestamps;
  private double[] values;
  private int size;

  public PointBatch(int initialCapacity) {
    int capacity = Math.max(1, initialCapacity);
    names = new String[capacity];
    timestamps = new long[capacity];
    values = new double[capacity];
  }

  public void add(String name, long timestamp, double value) {
    if (size == names.length) {
      int capacity = size + (size >> 1) + 1;
      names = Arrays.copyOf(names, capacity);
      timestamps = Arrays.copyOf(timestamps, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    names[size] = name;
    timestamps[size] = timestamp;
    values[size] = value;
    size++;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public String name(int i) {
    return names[checked(i)];
  }

  public long timestamp(int i) {
    return timestamps[checked(i)];
  }

  public double value(int i) {
    return values[checked(i)];
  }

  /** Empties the batch for reuse; drops the name references so they can be collected. */
  public void clear() {
    Arrays.fill(names, 0, size, null);
    size = 0;
  }

  private int checked(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("point " + i + " of " + size);
    }
    return i;
  }

  @Override
  public String toString() {
    return "PointBatch[" + size + " points]";
  }
}
