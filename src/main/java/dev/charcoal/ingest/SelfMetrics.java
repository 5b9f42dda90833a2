package dev.charcoal.ingest;

import dev.charcoal.model.PointBatch;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Charcoal's own metrics, stored like any other under carbon's names ({@code
 * carbon.agents.HOST-a.metricsReceived}, {@code ….cache.size}, …) so the dashboards people built
 * for carbon-cache keep working. As in carbon, counters are reported per interval (the increase
 * since the last report), gauges as they are.
 *
 * <p>{@link #report()} is called by a scheduler every interval (carbon's 60 s); the timestamp comes
 * from the injected clock.
 */
public final class SelfMetrics {
  private final String prefix;
  private final MetricSink sink;
  private final InstantSource clock;
  private final List<Source> sources = new ArrayList<>();

  /**
   * @param prefix for example {@code carbon.agents.myhost-a}
   */
  public SelfMetrics(String prefix, MetricSink sink, InstantSource clock) {
    this.prefix = prefix;
    this.sink = sink;
    this.clock = clock;
  }

  /** Carbon's agent prefix for a host name: dots become underscores, instance {@code a}. */
  public static String carbonPrefix(String hostName) {
    return "carbon.agents." + hostName.replace('.', '_') + "-a";
  }

  /** A cumulative count, reported as its increase over each interval. */
  public synchronized SelfMetrics counter(String name, LongSupplier cumulative) {
    sources.add(new Counter(name, cumulative, cumulative.getAsLong()));
    return this;
  }

  /** A value reported as it is ({@code cache.size}, {@code memUsage}). */
  public synchronized SelfMetrics gauge(String name, DoubleSupplier value) {
    sources.add(new Gauge(name, value));
    return this;
  }

  /**
   * The ratio of two counters' increases over the interval, times {@code scale}; reported only when
   * the denominator moved (carbon's {@code pointsPerUpdate}, {@code avgUpdateTime}).
   */
  public synchronized SelfMetrics ratio(
      String name, LongSupplier numerator, LongSupplier denominator, double scale) {
    sources.add(
        new Ratio(
            name,
            new Counter(name, numerator, numerator.getAsLong()),
            new Counter(name, denominator, denominator.getAsLong()),
            scale));
    return this;
  }

  /** Sends one point per source stamped with the current second; returns how many. */
  public synchronized int report() {
    long now = clock.instant().getEpochSecond();
    PointBatch batch = new PointBatch(sources.size());
    for (Source source : sources) {
      double value = source.next();
      if (!Double.isNaN(value)) {
        batch.add(prefix + "." + source.name(), now, value);
      }
    }
    sink.accept(batch);
    return batch.size();
  }

  private sealed interface Source permits Counter, Gauge, Ratio {
    String name();

    /** The value for this interval, NaN for none. */
    double next();
  }

  private static final class Counter implements Source {
    private final String name;
    private final LongSupplier cumulative;
    private long last;

    Counter(String name, LongSupplier cumulative, long start) {
      this.name = name;
      this.cumulative = cumulative;
      this.last = start;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public double next() {
      long now = cumulative.getAsLong();
      long delta = now - last;
      last = now;
      return delta;
    }
  }

  private record Gauge(String name, DoubleSupplier value) implements Source {
    @Override
    public double next() {
      return value.getAsDouble();
    }
  }

  private record Ratio(String name, Counter numerator, Counter denominator, double scale)
      implements Source {
    @Override
    public double next() {
      double num = numerator.next();
      double den = denominator.next();
      return den > 0 ? num / den * scale : Double.NaN;
    }
  }
}
