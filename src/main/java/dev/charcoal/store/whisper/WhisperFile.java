package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.POINT_SIZE;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An open whisper file: its parsed header and the ring reads and writes that fetch, update and
 * propagation share. Not thread-safe; open one per thread, or guard it.
 *
 * <p>Ring offsets use floor division and floor modulo as Python does, so intervals before the
 * ring's base wrap correctly.
 */
public final class WhisperFile implements Closeable {
  private final Path path;
  private final FileChannel channel;
  private final WhisperHeader header;
  private final boolean writable;
  private ByteBuffer scratch = ByteBuffer.allocate(8192);

  private WhisperFile(Path path, FileChannel channel, boolean writable) throws IOException {
    this.path = path;
    this.channel = channel;
    this.writable = writable;
    try {
      this.header = readHeader();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Opens a file for reading and writing; fails without writing if its header does not parse. */
  public static WhisperFile open(Path path) throws IOException {
    return new WhisperFile(
        path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE), true);
  }

  public static WhisperFile openForReading(Path path) throws IOException {
    return new WhisperFile(path, FileChannel.open(path, StandardOpenOption.READ), false);
  }

  public Path path() {
    return path;
  }

  public WhisperHeader header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Fetches {@code [from, until]} with whisper's archive choice and rounding. */
  public FetchResult fetch(long from, long until, long now) throws IOException {
    return WhisperFetch.fetch(this, from, until, now, 0);
  }

  /**
   * Fetches from the archive whose step is exactly {@code archiveSeconds} (whisper's {@code
   * archiveToSelect}); null when the range lies wholly outside the file's retention.
   */
  public FetchResult fetch(long from, long until, long now, long archiveSeconds)
      throws IOException {
    return WhisperFetch.fetch(this, from, until, now, archiveSeconds);
  }

  /** whisper.update: one point, rejected if in the future or older than the file's retention. */
  public void update(double value, long timestamp, long now) throws IOException {
    requireWritable();
    WhisperUpdate.update(this, value, timestamp, now);
  }

  /**
   * whisper.update_many: {@code count} points routed by age to the archive that covers them, too
   * old ones dropped, future ones accepted, then propagated to coarser archives.
   */
  public void updateMany(long[] timestamps, double[] values, int count, long now)
      throws IOException {
    requireWritable();
    WhisperUpdate.updateMany(this, timestamps, values, count, now);
  }

  private void requireWritable() throws IOException {
    if (!writable) {
      throw new IOException(path + ": opened read-only");
    }
  }

  private WhisperHeader readHeader() throws IOException {
    long fileSize = channel.size();
    ByteBuffer meta = readAt(0, (int) Math.min(fileSize, WhisperFormat.METADATA_SIZE));
    int count = WhisperHeader.archiveCount(meta, path, fileSize);
    ByteBuffer full = readAt(0, WhisperFormat.headerSize(count));
    return WhisperHeader.decode(full, path, fileSize);
  }

  // ---- ring primitives shared by fetch, update and propagation ----

  /** Byte offset of {@code interval} in archive {@code a} whose slot 0 holds {@code base}. */
  static long slotOffset(ArchiveInfo a, long base, long interval) {
    long pointDistance = Math.floorDiv(interval - base, a.secondsPerPoint());
    return a.offset() + Math.floorMod(pointDistance, a.points()) * POINT_SIZE;
  }

  /** The timestamp stored in slot 0 of the archive: its base, or 0 if it was never written. */
  long readBase(ArchiveInfo a) throws IOException {
    return Integer.toUnsignedLong(readAt(a.offset(), 4).getInt(0));
  }

  /**
   * Reads the slots from {@code fromOffset} up to {@code untilOffset} as whisper does: one read
   * when they are in order, else to the archive's end and on from its start (equal offsets read the
   * whole ring). The returned buffer is scratch, valid until the next read.
   */
  ByteBuffer readSlots(ArchiveInfo a, long fromOffset, long untilOffset) throws IOException {
    if (fromOffset < untilOffset) {
      return readAt(fromOffset, (int) (untilOffset - fromOffset));
    }
    int first = (int) (a.end() - fromOffset);
    int second = (int) (untilOffset - a.offset());
    ByteBuffer buf = scratch(first + second);
    readFully(buf, fromOffset, 0, first);
    readFully(buf, a.offset(), first, second);
    return buf.position(0).limit(first + second);
  }

  /** Writes packed points starting at {@code offset}, wrapping at the archive's end. */
  void writeSlots(ArchiveInfo a, long offset, ByteBuffer data) throws IOException {
    while (data.hasRemaining()) {
      int chunk = (int) Math.min(data.remaining(), a.end() - offset);
      ByteBuffer part = data.slice(data.position(), chunk);
      writeFully(part, offset);
      data.position(data.position() + chunk);
      offset = a.offset();
    }
  }

  ByteBuffer readAt(long offset, int length) throws IOException {
    ByteBuffer buf = scratch(length);
    readFully(buf, offset, 0, length);
    return buf.position(0).limit(length);
  }

  private ByteBuffer scratch(int length) {
    if (scratch.capacity() < length) {
      scratch = ByteBuffer.allocate(Math.max(length, scratch.capacity() * 2));
    }
    return scratch.clear();
  }

  private void readFully(ByteBuffer buf, long offset, int at, int length) throws IOException {
    buf.limit(at + length).position(at);
    long pos = offset;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos);
      if (n < 0) {
        throw new EOFException(path + ": unexpected end of file at byte " + pos);
      }
      pos += n;
    }
  }

  private void writeFully(ByteBuffer buf, long offset) throws IOException {
    long pos = offset;
    while (buf.hasRemaining()) {
      pos += channel.write(buf, pos);
    }
  }
}
