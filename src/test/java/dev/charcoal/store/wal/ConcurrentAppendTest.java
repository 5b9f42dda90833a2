package dev.charcoal.store.wal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.wal.Replayed.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several appending threads (as Netty's event loops and the statsd flush are), while another thread
 * rolls and syncs and segments fill up: every point is replayed exactly once, each thread's points
 * in the order it appended them.
 */
class ConcurrentAppendTest {
  private static final int THREADS = 4;
  private static final int POINTS_PER_THREAD = 60_000;
  private static final int NAMES_PER_THREAD = 300;
  @TempDir Path dir;

  @Test
  void everyPointReplayedOnceInPerThreadOrder() throws Exception {
    WalOptions options =
        WalOptions.defaults()
            .withFsyncInterval(Duration.ofMillis(2))
            .withSegmentBytes(WalOptions.MIN_SEGMENT_BYTES);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean appending = new AtomicBoolean(true);
    int rolls = 0;
    try (WriteAheadLog wal = WriteAheadLog.open(dir, options, new Replayed())) {
      List<Future<?>> appenders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        appenders.add(pool.submit(() -> appendAll(wal, thread, start)));
      }
      Future<Integer> roller =
          pool.submit(
              () -> {
                start.await();
                int n = 0;
                while (appending.get()) {
                  wal.roll();
                  wal.sync();
                  n++;
                }
                return n;
              });
      start.countDown();
      for (Future<?> f : appenders) {
        f.get();
      }
      appending.set(false);
      rolls = roller.get();
      assertThat(wal.status().pointsAppended()).isEqualTo((long) THREADS * POINTS_PER_THREAD);
      assertThat(wal.status().unloggedPoints()).isZero();
    } finally {
      pool.shutdownNow();
    }

    Replayed r = Replayed.replay(dir);
    assertThat(r.replay.clean()).isTrue();
    assertThat(r.replay.segments()).isGreaterThan(1);
    assertThat(rolls).isPositive();
    long[] next = new long[THREADS];
    for (Point p : r.points) {
      int thread = Integer.parseInt(p.name().substring(1, p.name().indexOf('.')));
      long seq = (long) p.value();
      assertThat(seq).as("thread %d", thread).isEqualTo(next[thread]);
      assertThat(p).isEqualTo(point(thread, seq));
      next[thread]++;
    }
    assertThat(next).containsOnly(POINTS_PER_THREAD);
  }

  private static Point point(int thread, long seq) {
    return new Point("t" + thread + ".m" + (seq % NAMES_PER_THREAD), 1_600_000_000L + seq, seq);
  }

  private static Void appendAll(WriteAheadLog wal, int thread, CountDownLatch start)
      throws InterruptedException {
    Random random = new Random(thread);
    PointBatch batch = new PointBatch(16);
    start.await();
    int seq = 0;
    while (seq < POINTS_PER_THREAD) {
      int n = Math.min(POINTS_PER_THREAD - seq, 1 + random.nextInt(400));
      batch.clear();
      for (int i = 0; i < n; i++, seq++) {
        Point p = point(thread, seq);
        batch.add(p.name(), p.timestamp(), p.value());
      }
      wal.append(batch);
    }
    return null;
  }
}
