package dev.charcoal.store.wal;

import dev.charcoal.model.PointBatch;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link CrashTest} kills: opens the log in {@code args[0]} with an fsync interval of
 * {@code args[1]} milliseconds, prints {@code start N} (the points it replayed), then appends point
 * N, N+1, … at about a million points a second until it is killed, printing {@code durable M}
 * whenever the log reports more points fsynced: M points are acknowledged as durable.
 */
public final class CrashChild {
  static final int BATCH = 1000;

  private CrashChild() {}

  static String name(long seq) {
    return "crash.test.metric" + (seq % 500);
  }

  static long timestamp(long seq) {
    return 1_700_000_000L + seq / 500;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Duration interval = Duration.ofMillis(Long.parseLong(args[1]));
    WriteAheadLog wal = WriteAheadLog.open(dir, interval, batch -> {});
    long start = wal.replayed().points();
    System.out.println("start " + start);
    System.out.flush();
    PointBatch batch = new PointBatch(BATCH);
    long reported = 0;
    for (long seq = start; ; ) {
      batch.clear();
      for (int i = 0; i < BATCH; i++, seq++) {
        batch.add(name(seq), timestamp(seq), seq);
      }
      wal.append(batch);
      long durable = wal.status().pointsDurable();
      if (durable != reported) {
        System.out.println("durable " + (start + durable));
        System.out.flush();
        reported = durable;
      }
      Thread.sleep(1);
    }
  }
}
