package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.WalFormat.DEFINES_NAME;
import static dev.charcoal.store.wal.WalFormat.INTEGER_VALUE;
import static dev.charcoal.store.wal.WalFormat.INTEGER_VALUE_LIMIT;
import static dev.charcoal.store.wal.WalFormat.LONG_BE;
import static dev.charcoal.store.wal.WalFormat.MAX_NAMES_PER_SEGMENT;
import static dev.charcoal.store.wal.WalFormat.RECORD_HEADER_SIZE;
import static dev.charcoal.store.wal.WalFormat.TAG_FLAG_BITS;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * Encodes points into the payload of the record being filled, with the current segment's name
 * dictionary. A point costs a map lookup and a few byte stores; only the first point of a name in a
 * segment allocates (its UTF-8 bytes). Not thread-safe: {@link LogBuffer} calls it under its lock.
 */
final class RecordEncoder {
  /**
   * The most a point takes besides its name: tag (4 bytes for ids below 2^20), name length (3),
   * timestamp delta (10), value (8).
   */
  static final int MAX_POINT_BYTES = 25;

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private final HashMap<String, Integer> ids = new HashMap<>();
  private RecordBuffer record;
  private byte[] buf;
  private int pos;
  private int points;
  private long previousTimestamp;

  boolean hasRecord() {
    return record != null;
  }

  /** Starts filling {@code r} as a new record; the current one must have been taken. */
  void start(RecordBuffer r) {
    record = r;
    buf = r.bytes;
    pos = RECORD_HEADER_SIZE;
    points = 0;
    previousTimestamp = 0;
  }

  /** Bytes encoded into the current record so far, header included (0 without a record). */
  int size() {
    return record == null || points == 0 ? 0 : pos;
  }

  /** The current record if it holds points, now finished and no longer the encoder's; else null. */
  RecordBuffer takeFilled() {
    if (record == null || points == 0) {
      return null;
    }
    RecordBuffer r = record;
    r.length = pos;
    r.points = points;
    record = null;
    buf = null;
    return r;
  }

  /** Whether the segment has used every name number; the caller then starts a new segment. */
  boolean dictionaryFull() {
    return ids.size() >= MAX_NAMES_PER_SEGMENT;
  }

  /** Forgets the names: the next point of any name defines it again, in the next segment. */
  void newSegment() {
    ids.clear();
  }

  /**
   * Encodes one point; false, with nothing changed, if there is no record, no room left in it, or
   * the name is new and the segment's dictionary is full. The name must have at most {@link
   * WalFormat#MAX_NAME_CHARS} characters.
   */
  boolean tryAppend(String name, long timestamp, double value) {
    if (record == null) {
      return false;
    }
    Integer known = ids.get(name);
    int id;
    byte[] nameBytes = null;
    if (known != null) {
      id = known;
      if (buf.length - pos < MAX_POINT_BYTES) {
        return false;
      }
    } else {
      if (dictionaryFull()) {
        return false;
      }
      nameBytes = name.getBytes(StandardCharsets.UTF_8);
      if (buf.length - pos < MAX_POINT_BYTES + nameBytes.length) {
        return false;
      }
      id = ids.size();
      ids.put(name, id);
    }
    long integral = (long) value;
    boolean isInteger =
        integral == value
            && integral > -INTEGER_VALUE_LIMIT
            && integral < INTEGER_VALUE_LIMIT
            && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO;
    int tag = id << TAG_FLAG_BITS;
    if (nameBytes != null) {
      tag |= DEFINES_NAME;
    }
    if (isInteger) {
      tag |= INTEGER_VALUE;
    }
    putVarint(tag);
    if (nameBytes != null) {
      putVarint(nameBytes.length);
      System.arraycopy(nameBytes, 0, buf, pos, nameBytes.length);
      pos += nameBytes.length;
    }
    // Wrapping subtraction: the decoder's wrapping addition restores any long exactly.
    putVarint(WalFormat.zigzag(timestamp - previousTimestamp));
    previousTimestamp = timestamp;
    if (isInteger) {
      putVarint(WalFormat.zigzag(integral));
    } else {
      LONG_BE.set(buf, pos, Double.doubleToRawLongBits(value));
      pos += 8;
    }
    points++;
    return true;
  }

  private void putVarint(long v) {
    while ((v & ~0x7FL) != 0) {
      buf[pos++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
  }
}
