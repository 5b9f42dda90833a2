package dev.charcoal.ui.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's made-up metrics: a small namespace of servers and apps whose values follow a daily
 * rhythm with some noise and spikes, computed from the metric name and the time, so the same
 * instant always gives the same value. {@code servers.web3} drops out for a quarter of an hour
 * every four hours, to show gaps.
 */
final class DemoSignals {
  private static final double DAY = 86_400;
  private static final double HOUR = 3_600;
  private static final long GAP_EVERY = 4 * 3_600;
  private static final long GAP_FROM = 1_200;
  private static final long GAP_UNTIL = 2_100;

  private DemoSignals() {}

  /** Every demo metric name, sorted. */
  static List<String> metrics() {
    List<String> names = new ArrayList<>();
    for (String host : List.of("web1", "web2", "web3", "web4", "db1")) {
      for (String cpu : List.of("user", "system", "iowait")) {
        names.add("servers." + host + ".cpu." + cpu);
      }
      names.add("servers." + host + ".memory.used");
      names.add("servers." + host + ".memory.free");
      names.add("servers." + host + ".network.rx_bytes");
      names.add("servers." + host + ".network.tx_bytes");
    }
    names.add("servers.db1.disk.read_ops");
    names.add("servers.db1.disk.write_ops");
    names.add("servers.db1.connections");
    for (String app : List.of("checkout", "search")) {
      names.add("apps." + app + ".requests.count");
      names.add("apps." + app + ".requests.errors");
      for (String p : List.of("p50", "p95", "p99")) {
        names.add("apps." + app + ".latency." + p);
      }
    }
    names.add("stats.gauges.queue.depth");
    names.add("stats.counters.jobs.done");
    names.add("stats.counters.jobs.failed");
    names.sort(null);
    return List.copyOf(names);
  }

  /** The value of {@code metric} at epoch second {@code t}, NaN in a gap. */
  static double value(String metric, long t) {
    if (metric.startsWith("servers.web3.")
        && Math.floorMod(t, GAP_EVERY) >= GAP_FROM
        && Math.floorMod(t, GAP_EVERY) < GAP_UNTIL) {
      return Double.NaN;
    }
    int seed = metric.hashCode();
    double phase = (seed & 0xffff) / 65_536.0 * 2 * Math.PI;
    double day = 0.5 + 0.5 * Math.sin(2 * Math.PI * t / DAY + phase);
    double wobble = Math.sin(2 * Math.PI * t / HOUR * 1.7 + phase);
    double noise = noise(seed, t);
    double spike = noise > 0.985 ? 1 : 0;
    String leaf = metric.substring(metric.lastIndexOf('.') + 1);
    double scale = 1 + (seed >>> 28) / 16.0;
    return switch (leaf) {
      case "user" -> clamp(scale * (12 + 35 * day + 4 * wobble + 6 * noise), 0, 100);
      case "system" -> clamp(scale * (4 + 8 * day + 2 * noise), 0, 100);
      case "iowait" -> clamp(1 + 3 * noise + 40 * spike, 0, 100);
      case "used" -> 2.5e9 * scale + 1.5e9 * day + 1e8 * wobble;
      case "free" -> 16e9 - (2.5e9 * scale + 1.5e9 * day + 1e8 * wobble);
      case "rx_bytes", "tx_bytes" -> 1e6 * scale * (1 + 3 * day + 0.5 * noise);
      case "read_ops", "write_ops" -> Math.round(50 * scale * (1 + 2 * day + noise + 5 * spike));
      case "connections" -> Math.round(20 + 60 * day + 5 * wobble);
      case "count" -> Math.round(scale * (150 + 400 * day + 40 * wobble + 30 * noise));
      case "errors" -> Math.round(2 * noise * noise + 25 * spike);
      case "p50" -> 35 * scale + 10 * day + 3 * noise;
      case "p95" -> 110 * scale + 40 * day + 15 * noise + 200 * spike;
      case "p99" -> 240 * scale + 90 * day + 40 * noise + 600 * spike;
      case "depth" -> Math.max(0, Math.round(30 * wobble + 20 * noise));
      case "done" -> Math.round(80 + 60 * day + 10 * noise);
      case "failed" -> Math.round(3 * spike + noise);
      default -> day;
    };
  }

  /** A repeatable pseudo-random number in [0, 1) for a metric and a time. */
  private static double noise(int seed, long t) {
    long x = seed * 0x9E3779B97F4A7C15L + t * 0xC2B2AE3D27D4EB4FL;
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return (x >>> 11) / (double) (1L << 53);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
