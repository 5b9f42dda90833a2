package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.WalFormat.DEFINES_NAME;
import static dev.charcoal.store.wal.WalFormat.INTEGER_VALUE;
import static dev.charcoal.store.wal.WalFormat.INT_BE;
import static dev.charcoal.store.wal.WalFormat.LONG_BE;
import static dev.charcoal.store.wal.WalFormat.MAX_NAMES_PER_SEGMENT;
import static dev.charcoal.store.wal.WalFormat.MAX_NAME_BYTES;
import static dev.charcoal.store.wal.WalFormat.MAX_PAYLOAD;
import static dev.charcoal.store.wal.WalFormat.RECORD_HEADER_SIZE;
import static dev.charcoal.store.wal.WalFormat.RECORD_MAGIC;
import static dev.charcoal.store.wal.WalFormat.SEGMENT_HEADER_SIZE;
import static dev.charcoal.store.wal.WalFormat.SEGMENT_MAGIC;
import static dev.charcoal.store.wal.WalFormat.TAG_FLAG_BITS;
import static dev.charcoal.store.wal.WalFormat.VERSION;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.wal.WalDamage.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Replays segment files in order: checks each header, walks the records, skips damaged bytes up to
 * the next record whose magic, length and checksum hold, and hands the points to the replay
 * consumer in batches. Damage is reported, never thrown.
 */
final class SegmentReader {
  static final int REPLAY_BATCH_POINTS = 10_000;

  /** Far beyond any segment the writer makes; a larger file is not read into memory. */
  static final long MAX_SEGMENT_FILE_BYTES = 1L << 30;

  private final Consumer<PointBatch> sink;
  private final PointBatch batch = new PointBatch(REPLAY_BATCH_POINTS);
  private final CRC32C crc = new CRC32C();
  private final List<WalDamage> damage = new ArrayList<>();
  private int segments;
  private long lastSize;
  private long records;
  private long points;
  private long unresolved;

  // The segment being read.
  private Path file;
  private byte[] bytes;
  private String[] names = new String[1024];
  private int pos;
  private int end;

  SegmentReader(Consumer<PointBatch> sink) {
    this.sink = sink;
  }

  /**
   * Replays segment {@code id} from {@code segmentFile}; false if the file is unusable as a whole
   * (reported as {@link Kind#BAD_SEGMENT}), so that the caller sets it aside.
   */
  boolean replay(Path segmentFile, long id) {
    file = segmentFile;
    try {
      long size = Files.size(file);
      if (size > MAX_SEGMENT_FILE_BYTES) {
        return bad(size, "a file of " + size + " bytes is larger than any segment");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return bad(0, "cannot read: " + e);
    }
    int n = bytes.length;
    lastSize = n;
    byte[] expected = WalFormat.header(id);
    if (n < SEGMENT_HEADER_SIZE) {
      if (!Arrays.equals(bytes, 0, n, expected, 0, n)) {
        return bad(n, "not a write-ahead log segment (" + n + " bytes)");
      }
      segments++;
      if (n > 0) {
        report(0, n, Kind.TORN_TAIL, "header cut short");
      }
      return true;
    }
    String problem = headerProblem(id);
    if (problem != null) {
      return bad(n, problem);
    }
    segments++;
    Arrays.fill(names, null);
    int p = SEGMENT_HEADER_SIZE;
    while (p < n) {
      int length = recordAt(p);
      if (length >= 0) {
        decode(p, length);
        p += RECORD_HEADER_SIZE + length;
        continue;
      }
      int next = nextRecord(p + 1);
      if (next < 0) {
        report(p, n - p, Kind.TORN_TAIL, "incomplete or damaged last record ignored");
        break;
      }
      report(p, next - p, Kind.CORRUPT_RECORD, "damaged bytes skipped up to the next record");
      p = next;
    }
    bytes = null;
    return true;
  }

  /** The size of the segment {@link #replay} last read. */
  long lastSize() {
    return lastSize;
  }

  /** Hands over the last partial batch and says what was replayed. */
  WalReplay finish() {
    if (!batch.isEmpty()) {
      sink.accept(batch);
      batch.clear();
    }
    return new WalReplay(segments, records, points, unresolved, damage);
  }

  private String headerProblem(long id) {
    if ((int) INT_BE.get(bytes, 0) != SEGMENT_MAGIC) {
      return "not a write-ahead log segment (bad magic)";
    }
    if (bytes[4] != VERSION) {
      return "unsupported format version " + (bytes[4] & 0xFF);
    }
    crc.reset();
    crc.update(bytes, 0, 16);
    if ((int) INT_BE.get(bytes, 16) != (int) crc.getValue()) {
      return "header checksum mismatch";
    }
    long stored = (long) LONG_BE.get(bytes, 8);
    return stored == id ? null : "header names segment " + stored;
  }

  /** The payload length of a sound record starting at {@code p}, else -1. */
  private int recordAt(int p) {
    if (bytes.length - p < RECORD_HEADER_SIZE || (int) INT_BE.get(bytes, p) != RECORD_MAGIC) {
      return -1;
    }
    int length = (int) INT_BE.get(bytes, p + 4);
    if (length < 0 || length > MAX_PAYLOAD || length > bytes.length - p - RECORD_HEADER_SIZE) {
      return -1;
    }
    int stored = (int) INT_BE.get(bytes, p + 8);
    return stored == WalFormat.recordCrc(crc, bytes, p, length) ? length : -1;
  }

  private int nextRecord(int from) {
    byte first = (byte) (RECORD_MAGIC >>> 24);
    for (int q = from; q <= bytes.length - RECORD_HEADER_SIZE; q++) {
      if (bytes[q] == first && recordAt(q) >= 0) {
        return q;
      }
    }
    return -1;
  }

  private void decode(int recordStart, int length) {
    records++;
    pos = recordStart + RECORD_HEADER_SIZE;
    end = pos + length;
    long timestamp = 0;
    try {
      while (pos < end) {
        long tag = readVarint();
        long id = tag >>> TAG_FLAG_BITS;
        if (id >= MAX_NAMES_PER_SEGMENT) {
          throw new Malformed("name number " + id + " out of range");
        }
        if ((tag & DEFINES_NAME) != 0) {
          define((int) id, readName());
        }
        timestamp += WalFormat.unzigzag(readVarint());
        double value;
        if ((tag & INTEGER_VALUE) != 0) {
          value = WalFormat.unzigzag(readVarint());
        } else {
          if (end - pos < 8) {
            throw new Malformed("value cut short");
          }
          value = Double.longBitsToDouble((long) LONG_BE.get(bytes, pos));
          pos += 8;
        }
        String name = id < names.length ? names[(int) id] : null;
        if (name == null) {
          unresolved++;
          continue;
        }
        batch.add(name, timestamp, value);
        points++;
        if (batch.size() == REPLAY_BATCH_POINTS) {
          sink.accept(batch);
          batch.clear();
        }
      }
    } catch (Malformed e) {
      // Only a writer bug or a forged file gets a bad payload past the checksum; the points
      // before the bad one have been replayed.
      report(
          recordStart,
          RECORD_HEADER_SIZE + length,
          Kind.CORRUPT_RECORD,
          "record checksum holds but byte " + pos + " is wrong: " + e.getMessage());
    }
  }

  private String readName() throws Malformed {
    long length = readVarint();
    if (length > MAX_NAME_BYTES || length > end - pos) {
      throw new Malformed("name of " + length + " bytes");
    }
    String name = new String(bytes, pos, (int) length, StandardCharsets.UTF_8);
    pos += (int) length;
    return name;
  }

  private void define(int id, String name) {
    if (id >= names.length) {
      names = Arrays.copyOf(names, Math.max(id + 1, 2 * names.length));
    }
    names[id] = name;
  }

  private long readVarint() throws Malformed {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= end) {
        throw new Malformed("number cut short");
      }
      byte b = bytes[pos++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new Malformed("number longer than 10 bytes");
  }

  private boolean bad(long length, String detail) {
    report(0, length, Kind.BAD_SEGMENT, detail);
    bytes = null;
    return false;
  }

  private void report(long offset, long length, Kind kind, String detail) {
    damage.add(new WalDamage(file, offset, length, kind, detail));
  }

  /** A payload that does not parse; no stack trace, it is reported as damage. */
  private static final class Malformed extends Exception {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
