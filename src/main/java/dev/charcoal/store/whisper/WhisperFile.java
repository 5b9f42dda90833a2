package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.POINT_SIZE;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An open whisper file: its parsed header and the ring reads and writes that fetch, update and
 * propagation share. Not thread-safe; open one per thread, or guard it.
 *
 * <p>The file is memory-mapped, so a read or write of a slot is a memory access rather than a
 * system call (an update_many with propagation touches some twenty slots), and the file descriptor
 * is closed right after mapping. Ring offsets use floor division and floor modulo as Python does,
 * so intervals before the ring's base wrap correctly.
 */
public final class WhisperFile implements Closeable {
  private final Path path;
  private final WhisperHeader header;
  private final boolean writable;
  private final long size;
  private MappedByteBuffer map; // when writable through a mapping
  private FileChannel reader; // otherwise: positional reads (and writes, when writable)
  private ByteBuffer scratch;

  /**
   * Read-only files read into one direct buffer per thread: the JDK copies reads into heap buffers
   * through a temporary direct one, and a fresh buffer per open would be zeroed each time.
   */
  private static final ThreadLocal<ByteBuffer> READ_BUFFER =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

  private WhisperFile(Path path, boolean writable) throws IOException {
    this(path, writable, writable);
  }

  private WhisperFile(Path path, boolean writable, boolean mapped) throws IOException {
    this.path = path;
    this.writable = writable;
    FileChannel channel =
        writable
            ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
            : FileChannel.open(path, StandardOpenOption.READ);
    try {
      size = channel.size();
      if (size > Integer.MAX_VALUE) {
        throw new IOException(path + ": " + size + " bytes, more than the 2 GiB we map");
      }
      if (mapped) {
        map = channel.map(MapMode.READ_WRITE, 0, size);
        channel.close();
      } else {
        reader = channel;
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    try {
      this.header = readHeader();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** A file {@link Whisper} has just created: its channel stays open, its header is known. */
  private WhisperFile(Path path, FileChannel channel, WhisperHeader header) {
    this.path = path;
    this.writable = true;
    this.size = header.dataEnd();
    this.reader = channel;
    this.header = header;
  }

  static WhisperFile createdForPositionalWriting(
      Path path, FileChannel channel, WhisperHeader header) {
    return new WhisperFile(path, channel, header);
  }

  /** Opens a file for reading and writing; fails without writing if its header does not parse. */
  public static WhisperFile open(Path path) throws IOException {
    return new WhisperFile(path, true);
  }

  /**
   * Opens a file for writing with positional reads and writes instead of a mapping. Slower per
   * update on a file whose pages are all allocated, but far faster on new sparse files: the first
   * write to each page of a mapping costs the kernel a fault and a block allocation (about a
   * millisecond per file on ext4), a pwrite only the allocation. The persister, which creates
   * thousands of sparse files, writes this way. Keeps a file descriptor open until closed.
   */
  public static WhisperFile openForPositionalWriting(Path path) throws IOException {
    return new WhisperFile(path, true, false);
  }

  public static WhisperFile openForReading(Path path) throws IOException {
    return new WhisperFile(path, false);
  }

  public Path path() {
    return path;
  }

  public WhisperHeader header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    if (map != null) {
      Unmapper.unmap(map);
      map = null;
    }
    if (reader != null) {
      reader.close();
    }
  }

  /**
   * Makes what was written through the mapping durable (msync). The persister calls it before the
   * write-ahead log forgets the points, so a power cut cannot lose them between the two.
   */
  public void force() throws IOException {
    if (map != null) {
      try {
        map.force();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (InternalError e) {
        throw mappingFault(e);
      }
    } else if (writable) {
      reader.force(false);
    }
  }

  /** Fetches {@code [from, until]} with whisper's archive choice and rounding. */
  public FetchResult fetch(long from, long until, long now) throws IOException {
    return fetch(from, until, now, 0);
  }

  /**
   * Fetches from the archive whose step is exactly {@code archiveSeconds} (whisper's {@code
   * archiveToSelect}, 0 for whisper's own choice); null when the range lies wholly outside the
   * file's retention.
   */
  public FetchResult fetch(long from, long until, long now, long archiveSeconds)
      throws IOException {
    try {
      return WhisperFetch.fetch(this, from, until, now, archiveSeconds);
    } catch (InternalError e) {
      throw mappingFault(e);
    }
  }

  /** whisper.update: one point, rejected if in the future or older than the file's retention. */
  public void update(double value, long timestamp, long now) throws IOException {
    requireWritable();
    try {
      WhisperUpdate.update(this, value, timestamp, now);
    } catch (InternalError e) {
      throw mappingFault(e);
    }
  }

  /**
   * whisper.update_many: {@code count} points routed by age to the archive that covers them, too
   * old ones dropped, future ones accepted, then propagated to coarser archives.
   */
  public void updateMany(long[] timestamps, double[] values, int count, long now)
      throws IOException {
    requireWritable();
    try {
      WhisperUpdate.updateMany(this, timestamps, values, count, now);
    } catch (InternalError e) {
      throw mappingFault(e);
    }
  }

  /** Writes points into one archive only, with no routing or propagation (used by resize). */
  void writeArchive(int archiveIndex, long[] timestamps, double[] values, int count)
      throws IOException {
    requireWritable();
    try {
      WhisperUpdate.writeArchive(this, archiveIndex, timestamps, values, count);
    } catch (InternalError e) {
      throw mappingFault(e);
    }
  }

  /**
   * The JVM reports a failed access to a mapping (a full disk under a sparse file, a file truncated
   * by another program) as an InternalError; it is an I/O error of this file.
   */
  private IOException mappingFault(InternalError e) {
    return new IOException(
        path + ": the mapped file could not be accessed (disk full, or truncated meanwhile?)", e);
  }

  private void requireWritable() throws IOException {
    if (!writable) {
      throw new IOException(path + ": opened read-only");
    }
  }

  private WhisperHeader readHeader() throws IOException {
    ByteBuffer meta = readAt(0, (int) Math.min(size, WhisperFormat.METADATA_SIZE));
    int count = WhisperHeader.archiveCount(meta, path, size);
    return WhisperHeader.decode(readAt(0, WhisperFormat.headerSize(count)), path, size);
  }

  // ---- ring primitives shared by fetch, update and propagation ----

  /** Byte offset of {@code interval} in archive {@code a} whose slot 0 holds {@code base}. */
  static long slotOffset(ArchiveInfo a, long base, long interval) {
    long pointDistance = Math.floorDiv(interval - base, a.secondsPerPoint());
    return a.offset() + Math.floorMod(pointDistance, a.points()) * POINT_SIZE;
  }

  /** The timestamp stored in slot 0 of the archive: its base, or 0 if it was never written. */
  long readBase(ArchiveInfo a) throws IOException {
    if (map != null) {
      return Integer.toUnsignedLong(map.getInt((int) a.offset()));
    }
    return Integer.toUnsignedLong(readAt(a.offset(), 4).getInt(0));
  }

  /**
   * The slots from {@code fromOffset} up to {@code untilOffset} as whisper reads them: in order, or
   * to the archive's end and on from its start (equal offsets give the whole ring). The buffer is
   * valid until the next read and indexed from 0.
   */
  ByteBuffer readSlots(ArchiveInfo a, long fromOffset, long untilOffset) throws IOException {
    if (fromOffset < untilOffset) {
      return readAt(fromOffset, (int) (untilOffset - fromOffset));
    }
    int first = (int) (a.end() - fromOffset);
    int second = (int) (untilOffset - a.offset());
    ByteBuffer buf = scratch(first + second);
    if (map != null) {
      buf.put(0, map, (int) fromOffset, first);
      buf.put(first, map, (int) a.offset(), second);
    } else {
      readFully(buf, fromOffset, 0, first);
      readFully(buf, a.offset(), first, second);
    }
    return buf.position(0).limit(first + second);
  }

  /** Writes packed points starting at {@code offset}, wrapping at the archive's end. */
  void writeSlots(ArchiveInfo a, long offset, ByteBuffer data) throws IOException {
    int at = data.position();
    int remaining = data.remaining();
    while (remaining > 0) {
      int chunk = (int) Math.min(remaining, a.end() - offset);
      if (map != null) {
        map.put((int) offset, data, at, chunk);
      } else {
        writeFully(data.slice(at, chunk), offset);
      }
      at += chunk;
      remaining -= chunk;
      offset = a.offset();
    }
  }

  /** {@code length} bytes at {@code offset}, indexed from 0; valid until the next read. */
  ByteBuffer readAt(long offset, int length) throws IOException {
    if (map != null) {
      return map.slice((int) offset, length);
    }
    ByteBuffer buf = scratch(length);
    readFully(buf, offset, 0, length);
    return buf.position(0).limit(length);
  }

  private ByteBuffer scratch(int length) {
    if (map != null) { // writers only need scratch for reads that wrap around a ring
      if (scratch == null || scratch.capacity() < length) {
        scratch = ByteBuffer.allocate(Math.max(length, 4096));
      }
      return scratch.clear();
    }
    ByteBuffer buf = READ_BUFFER.get();
    if (buf.capacity() < length) {
      buf = ByteBuffer.allocateDirect(Math.max(length, buf.capacity() * 2));
      READ_BUFFER.set(buf);
    }
    return buf.clear();
  }

  private void writeFully(ByteBuffer buf, long offset) throws IOException {
    long pos = offset;
    while (buf.hasRemaining()) {
      pos += reader.write(buf, pos);
    }
  }

  private void readFully(ByteBuffer buf, long offset, int at, int length) throws IOException {
    buf.limit(at + length).position(at);
    long pos = offset;
    while (buf.hasRemaining()) {
      int n = reader.read(buf, pos);
      if (n < 0) {
        throw new EOFException(path + ": unexpected end of file at byte " + pos);
      }
      pos += n;
    }
  }
}
