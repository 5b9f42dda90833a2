package dev.charcoal.store.wal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The write-ahead log's segment format, version 1. The full description, with the recovery rules,
 * is in {@code docs/format/wal.md}.
 *
 * <pre>
 * Segment = Header, Record*
 * Header  = magic "CWAL":u32, version:u8, reserved:3×u8 (0), segmentId:u64, crc32c:u32   (20 bytes)
 * Record  = magic:u32, length:u32, crc32c:u32, payload[length]                          (12 + length)
 * Payload = Point*
 * Point   = tag:uvarint, [nameLength:uvarint, name:utf8], timestampDelta:svarint, value
 * tag     = nameId &lt;&lt; 2 | INTEGER_VALUE (2) | DEFINES_NAME (1)
 * value   = svarint if INTEGER_VALUE, else the IEEE 754 bits:u64
 * </pre>
 *
 * <p>Fixed-width integers are big-endian. A uvarint is LEB128 (7 bits a byte, low bits first); an
 * svarint is a zigzag-mapped uvarint. The header checksum covers its first 16 bytes; a record's
 * checksum covers its length field and its payload. Names are numbered per segment: the first point
 * of a segment with a name defines it ({@code DEFINES_NAME}, followed by the name), later points
 * refer to its number. Timestamps are deltas from the previous point of the same record (0 before
 * the first), so a record decodes on its own given the names.
 */
final class WalFormat {
  static final int SEGMENT_MAGIC = 0x4357_414C; // "CWAL"
  static final byte VERSION = 1;
  static final int SEGMENT_HEADER_SIZE = 20;

  /** Starts every record; 0xFE never occurs in UTF-8, which keeps false matches rare on resync. */
  static final int RECORD_MAGIC = 0xFE52_4543; // 0xFE "REC"

  static final int RECORD_HEADER_SIZE = 12;

  /** The longest payload a reader accepts; the writer's records are smaller. */
  static final int MAX_PAYLOAD = 1 << 20;

  /** Name numbers per segment; the writer starts a new segment before running out. */
  static final int MAX_NAMES_PER_SEGMENT = 1 << 20;

  /** The longest name the log records, in UTF-16 units: carbon's 16 KiB line bounds names too. */
  static final int MAX_NAME_CHARS = 16 * 1024;

  /** UTF-8 takes at most three bytes per UTF-16 unit. */
  static final int MAX_NAME_BYTES = 3 * MAX_NAME_CHARS;

  static final int DEFINES_NAME = 1;
  static final int INTEGER_VALUE = 2;
  static final int TAG_FLAG_BITS = 2;

  /** Integral values below this magnitude are written as svarints (at most 8 bytes). */
  static final long INTEGER_VALUE_LIMIT = 1L << 53;

  static final String SEGMENT_SUFFIX = ".wal";
  static final String CORRUPT_SUFFIX = ".corrupt";
  private static final int ID_DIGITS = 20;

  static final VarHandle INT_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private WalFormat() {}

  /** {@code 00000000000000000042.wal}: zero-padded so that names sort as ids do. */
  static String fileName(long id) {
    return String.format("%0" + ID_DIGITS + "d" + SEGMENT_SUFFIX, id);
  }

  /**
   * The segment id in a file name made by {@link #fileName}, also when {@link #CORRUPT_SUFFIX} and
   * a counter follow it; -1 for any other name.
   */
  static long parseId(String fileName) {
    if (fileName.length() < ID_DIGITS + SEGMENT_SUFFIX.length()
        || !fileName.startsWith(SEGMENT_SUFFIX, ID_DIGITS)) {
      return -1;
    }
    String rest = fileName.substring(ID_DIGITS + SEGMENT_SUFFIX.length());
    if (!rest.isEmpty() && !rest.startsWith(CORRUPT_SUFFIX)) {
      return -1;
    }
    long id = 0;
    for (int i = 0; i < ID_DIGITS; i++) {
      char c = fileName.charAt(i);
      if (c < '0' || c > '9' || id > (Long.MAX_VALUE - 9) / 10) {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }

  static boolean isCorruptName(String fileName) {
    return fileName.startsWith(CORRUPT_SUFFIX, ID_DIGITS + SEGMENT_SUFFIX.length());
  }

  /** The header that starts segment {@code id}. */
  static byte[] header(long id) {
    byte[] h = new byte[SEGMENT_HEADER_SIZE];
    INT_BE.set(h, 0, SEGMENT_MAGIC);
    h[4] = VERSION;
    LONG_BE.set(h, 8, id);
    CRC32C crc = new CRC32C();
    crc.update(h, 0, 16);
    INT_BE.set(h, 16, (int) crc.getValue());
    return h;
  }

  /** The checksum of a record: its length field, then its payload. */
  static int recordCrc(CRC32C crc, byte[] bytes, int recordStart, int payloadLength) {
    crc.reset();
    crc.update(bytes, recordStart + 4, 4);
    crc.update(bytes, recordStart + RECORD_HEADER_SIZE, payloadLength);
    return (int) crc.getValue();
  }

  static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  static long unzigzag(long z) {
    return (z >>> 1) ^ -(z & 1);
  }
}
