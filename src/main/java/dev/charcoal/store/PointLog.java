package dev.charcoal.store;

import dev.charcoal.model.PointBatch;
import java.io.IOException;

/**
 * Where received points are logged before they reach whisper files: the write-ahead log in the
 * running app, nothing in tests that do not care. The persister {@link #roll}s it at a checkpoint
 * and, once every point logged before the roll is in whisper files, {@link #deleteThrough deletes}
 * what is no longer needed.
 */
public interface PointLog extends AutoCloseable {
  /** Logs a batch; never throws: failures are counted by the log and shown in its status. */
  void append(PointBatch batch);

  /**
   * Seals the current segment and starts a new one.
   *
   * @return the sealed segment; every point appended before this call is in it or an earlier one
   */
  long roll() throws IOException;

  /** Forgets the sealed segments up to and including {@code segment}; returns how many. */
  int deleteThrough(long segment) throws IOException;

  /** Writes and syncs everything appended, then releases the log. Idempotent. */
  @Override
  void close();

  /** A log that keeps nothing, for tests and for stores that run without one. */
  static PointLog none() {
    return new PointLog() {
      private long segment;

      @Override
      public void append(PointBatch batch) {}

      @Override
      public long roll() {
        return segment++;
      }

      @Override
      public int deleteThrough(long sealed) {
        return 0;
      }

      @Override
      public void close() {}
    };
  }
}
