package dev.charcoal.store.wal;

import java.time.Duration;

/**
 * How a {@link WriteAheadLog} runs.
 *
 * @param fsyncInterval the group-commit interval: at most this long passes between an append and
 *     the fsync that makes it durable (while the disk works), so {@code kill -9} or a power cut
 *     loses at most this much
 * @param segmentBytes a segment is sealed and the next one started once it holds this many bytes
 * @param maxPendingBytes memory for points not yet durable; when the disk fails long enough to fill
 *     it, later points are not logged (and counted as unlogged) until it recovers
 */
public record WalOptions(Duration fsyncInterval, long segmentBytes, long maxPendingBytes) {
  /** Issue 3 asks for at most a second between an append and its fsync. */
  public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofSeconds(1);

  /** Large enough that rolling is rare, small enough that a sealed segment is deleted soon. */
  public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;

  /** About ten seconds of backlog at a million points a second. */
  public static final long DEFAULT_MAX_PENDING_BYTES = 64L << 20;

  static final long MIN_SEGMENT_BYTES = 4096;
  static final long MAX_SEGMENT_BYTES = 256L << 20;
  static final long MIN_PENDING_BYTES = 2L * RecordBuffer.CAPACITY;

  public WalOptions {
    if (fsyncInterval == null || fsyncInterval.isNegative() || fsyncInterval.isZero()) {
      throw new IllegalArgumentException("fsync interval must be positive: " + fsyncInterval);
    }
    if (segmentBytes < MIN_SEGMENT_BYTES || segmentBytes > MAX_SEGMENT_BYTES) {
      throw new IllegalArgumentException(
          "segment size must be between "
              + MIN_SEGMENT_BYTES
              + " and "
              + MAX_SEGMENT_BYTES
              + " bytes: "
              + segmentBytes);
    }
    if (maxPendingBytes < MIN_PENDING_BYTES) {
      throw new IllegalArgumentException(
          "pending bytes must be at least " + MIN_PENDING_BYTES + ": " + maxPendingBytes);
    }
  }

  /** The defaults: fsync every second, 64 MiB segments, 64 MiB of pending records. */
  public static WalOptions defaults() {
    return new WalOptions(DEFAULT_FSYNC_INTERVAL, DEFAULT_SEGMENT_BYTES, DEFAULT_MAX_PENDING_BYTES);
  }

  public WalOptions withFsyncInterval(Duration interval) {
    return new WalOptions(interval, segmentBytes, maxPendingBytes);
  }

  public WalOptions withSegmentBytes(long bytes) {
    return new WalOptions(fsyncInterval, bytes, maxPendingBytes);
  }

  public WalOptions withMaxPendingBytes(long bytes) {
    return new WalOptions(fsyncInterval, segmentBytes, bytes);
  }
}
