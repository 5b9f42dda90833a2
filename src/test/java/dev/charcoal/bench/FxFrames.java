package dev.charcoal.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Frame times of the FX thread, as a user sees them: an {@link AnimationTimer} keeps the toolkit
 * pulsing (60 a second when idle), and the time between two pulses is the frame. A pulse waits for
 * whatever the FX thread did since the last one (runLater work, CSS, layout, the previous frame's
 * rendering), so the longest gap is the longest the window stood still. On a machine shared with
 * other work that gap also holds the time the FX thread waited for a core, so the FX thread's CPU
 * time per frame is kept too: the work the frame really cost. And the collector's pauses, which
 * stop every thread: a long frame that holds one is the collector's, not the UI's. Start, stop and
 * read on the FX thread.
 */
final class FxFrames {
  /** A frame longer than this is a visible stall (issue 6's budget). */
  static final long BUDGET_NANOS = 100_000_000;

  /** A frame whose FX-thread CPU passes this did work; an idle pulse costs a tenth of it. */
  static final long BUSY_NANOS = 2_000_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          long cpuNow = THREADS.getCurrentThreadCpuTime();
          long renderNow = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
          if (last != 0) {
            record(now - last, now);
            maxCpu = Math.max(maxCpu, cpuNow - lastCpu);
            if (cpuNow - lastCpu > BUSY_NANOS) {
              busyCpu += cpuNow - lastCpu;
            }
            maxRenderCpu = Math.max(maxRenderCpu, renderNow - lastRenderCpu);
          }
          last = now;
          lastCpu = cpuNow;
          lastRenderCpu = renderNow;
        }
      };
  private final List<long[]> pauses = new ArrayList<>(); // {end nanoTime, duration nanos}
  private final NotificationListener onGc = (notification, handback) -> gc(notification);
  private long last;
  private long lastCpu;
  private long maxCpu;
  private long busyCpu;
  private long renderThread = -1;
  private long lastRenderCpu;
  private long maxRenderCpu;
  private long[] frames = new long[4096];
  private int count;
  private long longestEnd;

  void start() {
    count = 0;
    last = 0;
    maxCpu = 0;
    busyCpu = 0;
    maxRenderCpu = 0;
    // Prism's render thread: the frame waits for it to draw the previous one
    for (var info : THREADS.dumpAllThreads(false, false)) {
      if (info.getThreadName().startsWith("QuantumRenderer")) {
        renderThread = info.getThreadId();
      }
    }
    longestEnd = 0;
    synchronized (pauses) {
      pauses.clear();
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(onGc, null, null);
    }
    timer.start();
  }

  void stop() {
    timer.stop();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(onGc);
      } catch (javax.management.ListenerNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private void gc(javax.management.Notification notification) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcAction().contains("end of major")
        || info.getGcAction().contains("end of minor")) {
      synchronized (pauses) {
        pauses.add(new long[] {System.nanoTime(), info.getGcInfo().getDuration() * 1_000_000});
      }
    }
  }

  private void record(long nanos, long end) {
    if (count == frames.length) {
      frames = Arrays.copyOf(frames, count * 2);
    }
    if (count == 0 || nanos > Arrays.stream(frames, 0, count).max().getAsLong()) {
      longestEnd = end;
    }
    frames[count++] = nanos;
  }

  /** What was measured between start and stop. */
  Summary summary() {
    long[] sorted = Arrays.copyOf(frames, count);
    Arrays.sort(sorted);
    long over = Arrays.stream(sorted).filter(f -> f > BUDGET_NANOS).count();
    long longest = count == 0 ? 0 : sorted[count - 1];
    long gcInLongest = 0;
    long gcMax = 0;
    synchronized (pauses) {
      for (long[] pause : pauses) {
        gcMax = Math.max(gcMax, pause[1]);
        // a pause reported (shortly after it ended) within the longest frame
        if (pause[0] <= longestEnd && pause[0] >= longestEnd - longest) {
          gcInLongest += pause[1];
        }
      }
    }
    return new Summary(
        count,
        longest / 1e6,
        count == 0 ? 0 : sorted[(int) Math.min(count - 1, Math.round(count * 0.99))] / 1e6,
        over,
        busyCpu / 1e6,
        maxCpu / 1e6,
        maxRenderCpu / 1e6,
        gcInLongest / 1e6,
        gcMax / 1e6);
  }

  /**
   * @param frames frames seen
   * @param maxMillis the longest
   * @param p99Millis the 99th percentile
   * @param overBudget frames longer than {@link #BUDGET_NANOS}
   * @param busyCpuMillis the FX thread's CPU time in frames that did work (over {@link
   *     #BUSY_NANOS}), idle pulses left out
   * @param maxFrameCpuMillis the most CPU time the FX thread spent within one frame
   * @param maxRenderCpuMillis the most CPU time the render thread spent within one frame
   * @param gcInLongestMillis collector pauses within the longest frame
   * @param gcMaxMillis the longest collector pause
   */
  record Summary(
      int frames,
      double maxMillis,
      double p99Millis,
      long overBudget,
      double busyCpuMillis,
      double maxFrameCpuMillis,
      double maxRenderCpuMillis,
      double gcInLongestMillis,
      double gcMaxMillis) {}
}
