package dev.charcoal.ingest.statsd;

import java.util.Arrays;

/**
 * Everything statsd holds for one key: its counter, timer, gauge and set (a key may have all four;
 * etsy keeps the types apart). Updates come from the event-loop threads and the flush from the
 * flusher; each takes this object's monitor, which is uncontended unless two connections on
 * different threads send the same key at the same moment.
 *
 * <p>A key whose every type has been deleted by the deleteIdleStats rules is <em>retired</em>:
 * removed from the aggregator's map, and refusing updates, so that a writer holding an old
 * reference looks the key up again instead of writing into a dead object.
 */
final class KeyState {
  private static final double[] NO_SAMPLES = new double[0];
  private static final byte[] ZERO = {'0'};

  /** The key's Graphite form: {@link #name} then {@link #tags} ({@code api.hits;env=prod}). */
  final String key;

  /** The Graphite name part: the key up to its first {@code ;}. */
  final String name;

  /** Carbon's normalized tags, {@code ;a=1;b=2} sorted, or "" when untagged. */
  final String tags;

  /** The histogram bins for this key's timer, {@link HistogramBins#NONE} when none match. */
  final HistogramBins bins;

  /** Internal counters are zeroed, never deleted (etsy: any key containing those names). */
  final boolean keepCounter;

  private volatile boolean retired;

  private boolean hasCounter;
  private double counter;

  private boolean hasTimer;
  private double[] samples = NO_SAMPLES;
  private int sampleCount;
  private double timerCount;

  private boolean hasGauge;
  private double gauge;

  /** Flushes left before an idle gauge is deleted; 0 means it never expires. */
  private int gaugeTtl;

  private boolean hasSet;
  private ByteSet members;

  KeyState(String name, String tags, HistogramBins bins) {
    this.key = name + tags;
    this.name = name;
    this.tags = tags;
    this.bins = bins;
    this.keepCounter =
        key.contains("packets_received")
            || key.contains("metrics_received")
            || key.contains("bad_lines_seen");
  }

  boolean isRetired() {
    return retired;
  }

  /** Adds {@code value × inverseRate}, etsy's {@code Number(v) * (1 / sampleRate)}. */
  synchronized boolean addCounter(double value, double inverseRate) {
    if (retired) {
      return false;
    }
    if (!hasCounter) {
      hasCounter = true;
      counter = 0;
    }
    counter += value * inverseRate;
    return true;
  }

  synchronized boolean addTimer(double value, double inverseRate) {
    if (retired) {
      return false;
    }
    hasTimer = true;
    if (sampleCount == samples.length) {
      samples = Arrays.copyOf(samples, Math.max(8, sampleCount + (sampleCount >> 1)));
    }
    samples[sampleCount++] = value;
    timerCount += inverseRate;
    return true;
  }

  /**
   * etsy's gauge rule: a signed value is added to a gauge that exists and is non-zero, anything
   * else sets it (so a signed value on a new gauge sets it too).
   *
   * @param ttl flushes before an idle gauge is deleted, 0 to keep it forever
   */
  synchronized boolean updateGauge(double value, boolean signed, int ttl) {
    if (retired) {
      return false;
    }
    if (hasGauge && gauge != 0 && signed) {
      gauge += value;
    } else {
      gauge = value;
    }
    hasGauge = true;
    gaugeTtl = ttl;
    return true;
  }

  /** Adds the member {@code b[from, to)}: etsy's raw value text, "0" when empty. */
  synchronized boolean addSetMember(byte[] b, int from, int to) {
    if (retired) {
      return false;
    }
    hasSet = true;
    if (members == null) {
      members = new ByteSet();
    }
    if (from == to) {
      members.add(ZERO, 0, 1);
    } else {
      members.add(b, from, to);
    }
    return true;
  }

  /**
   * Copies this interval's data into {@code out} and resets it as etsy does after a flush: counters
   * to 0, timers and sets emptied, gauges kept; or deleted where {@code deletes} says so, with
   * gauges deleted once their time to live runs out.
   *
   * @return whether the key is now retired (nothing left), to be removed from the map
   */
  synchronized boolean drain(KeySnapshot out, DeletePolicy deletes) {
    out.clear();
    if (hasCounter) {
      out.hasCounter = true;
      out.counter = counter;
      counter = 0;
      hasCounter = !deletes.counters() || keepCounter;
    }
    if (hasTimer) {
      out.hasTimer = true;
      out.samples = samples;
      out.sampleCount = sampleCount;
      out.timerCount = timerCount;
      samples = NO_SAMPLES;
      sampleCount = 0;
      timerCount = 0;
      hasTimer = !deletes.timers();
    }
    if (hasGauge) {
      out.hasGauge = true;
      out.gauge = gauge;
      if (gaugeTtl > 0 && --gaugeTtl < 1) {
        hasGauge = false;
      }
    }
    if (hasSet) {
      out.hasSet = true;
      out.setSize = members == null ? 0 : members.size();
      members = null;
      hasSet = !deletes.sets();
    }
    retired = !hasCounter && !hasTimer && !hasGauge && !hasSet;
    return retired;
  }

  /** What {@link #drain} removes; see {@link StatsdConfig}'s deleteIdleStats family. */
  record DeletePolicy(boolean counters, boolean timers, boolean sets) {}
}
