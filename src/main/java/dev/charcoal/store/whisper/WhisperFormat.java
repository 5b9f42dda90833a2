package dev.charcoal.store.whisper;

import dev.charcoal.model.Retention;
import java.util.List;

/**
 * The Whisper 1.1 file format, byte for byte as Graphite's {@code whisper.py} writes it.
 *
 * <p>Everything is big-endian with no padding (Python struct format {@code !}):
 *
 * <pre>
 * File        = Metadata, ArchiveInfo × archiveCount, Archive × archiveCount
 * Metadata    = aggregationType:u32, maxRetention:u32, xFilesFactor:f32, archiveCount:u32   (16 bytes)
 * ArchiveInfo = offset:u32, secondsPerPoint:u32, points:u32                                 (12 bytes)
 * Archive     = Point × points, starting at the absolute byte {@code offset}
 * Point       = timestamp:u32, value:f64                                                    (12 bytes)
 * </pre>
 *
 * <p>Archives are contiguous and ordered from the finest precision to the coarsest. Each archive is
 * a ring: the timestamp stored in slot 0 is the ring's base, and interval {@code t} lives at slot
 * {@code floorMod((t - base) / secondsPerPoint, points)}. A base of 0 means the archive was never
 * written. A slot whose stored timestamp differs from the one expected at its position is stale
 * (from an earlier lap) and reads as missing. There is no magic number, version or checksum. The
 * full description is in {@code docs/format/whisper.md}.
 */
public final class WhisperFormat {
  public static final int METADATA_SIZE = 16;
  public static final int ARCHIVE_INFO_SIZE = 12;
  public static final int POINT_SIZE = 12;

  /** Offsets of the metadata fields, named in corrupt-file errors. */
  public static final int AGGREGATION_TYPE_OFFSET = 0;

  public static final int MAX_RETENTION_OFFSET = 4;
  public static final int XFF_OFFSET = 8;
  public static final int ARCHIVE_COUNT_OFFSET = 12;

  /** The largest timestamp a point can hold (unsigned 32 bits: 2106-02-07). */
  public static final long MAX_TIMESTAMP = 0xFFFF_FFFFL;

  /** whisper.py's defaults for create. */
  public static final float DEFAULT_XFF = 0.5f;

  private WhisperFormat() {}

  public static int headerSize(int archiveCount) {
    return METADATA_SIZE + ARCHIVE_INFO_SIZE * archiveCount;
  }

  /** Size in bytes of a file with these archives: {@code 16 + 12·N + 12·Σpoints}. */
  public static long fileSize(List<Retention> archives) {
    long size = headerSize(archives.size());
    for (Retention r : archives) {
      size += r.points() * POINT_SIZE;
    }
    return size;
  }
}
