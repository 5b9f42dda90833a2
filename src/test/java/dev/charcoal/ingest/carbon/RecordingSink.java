package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.MetricSink;
import dev.charcoal.model.PointBatch;
import java.util.ArrayList;
import java.util.List;

/** A sink that copies what it is given, and can play an overloaded store. Thread-safe. */
final class RecordingSink implements MetricSink {
  /** One received point. */
  record Point(String name, long timestamp, double value) {}

  private final List<Point> points = new ArrayList<>();
  private final List<Runnable> waiting = new ArrayList<>();
  private int batches;
  private volatile boolean overloaded;

  @Override
  public synchronized void accept(PointBatch batch) {
    batches++;
    for (int i = 0; i < batch.size(); i++) {
      points.add(new Point(batch.name(i), batch.timestamp(i), batch.value(i)));
    }
    notifyAll();
  }

  @Override
  public boolean overloaded() {
    return overloaded;
  }

  @Override
  public synchronized void whenRelieved(Runnable action) {
    waiting.add(action);
  }

  void setOverloaded(boolean overloaded) {
    this.overloaded = overloaded;
  }

  /** Runs, as the store would, the actions waiting for relief. */
  void relieve() {
    List<Runnable> actions;
    synchronized (this) {
      overloaded = false;
      actions = List.copyOf(waiting);
      waiting.clear();
    }
    actions.forEach(Runnable::run);
  }

  synchronized int waitingForRelief() {
    return waiting.size();
  }

  synchronized List<Point> points() {
    return List.copyOf(points);
  }

  synchronized int batches() {
    return batches;
  }

  /** Waits until {@code n} points arrived (for socket tests), at most {@code millis}. */
  synchronized List<Point> awaitPoints(int n, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (points.size() < n) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return List.copyOf(points);
  }
}
