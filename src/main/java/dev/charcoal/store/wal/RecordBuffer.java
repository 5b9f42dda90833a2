package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.WalFormat.INT_BE;
import static dev.charcoal.store.wal.WalFormat.RECORD_HEADER_SIZE;
import static dev.charcoal.store.wal.WalFormat.RECORD_MAGIC;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * One record on its way to disk: the bytes an encoder filled (room for the record header first,
 * then the payload), the segment it belongs to and how many points it holds. Buffers are pooled, so
 * the same array carries many records over time.
 */
final class RecordBuffer {
  /** Large enough that a record is one write of many thousand points, small enough to pool. */
  static final int CAPACITY = 256 * 1024;

  final byte[] bytes = new byte[CAPACITY];
  int length;
  int points;
  long segment;

  /**
   * Fills in the record header (magic, length, checksum); idempotent, so a rewrite may repeat it.
   */
  ByteBuffer framed(CRC32C crc) {
    int payload = length - RECORD_HEADER_SIZE;
    INT_BE.set(bytes, 0, RECORD_MAGIC);
    INT_BE.set(bytes, 4, payload);
    INT_BE.set(bytes, 8, WalFormat.recordCrc(crc, bytes, 0, payload));
    return ByteBuffer.wrap(bytes, 0, length);
  }
}
