package dev.charcoal.store.wal;

import static dev.charcoal.store.wal.WalFormat.SEGMENT_HEADER_SIZE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The writer thread: writes full records as they are queued, and at every fsync interval (group
 * commit) also the partly filled one, then forces the segment. Under a heavy load it also forces
 * whenever a quarter of the pending memory has been written since the last fsync. It alone touches
 * the files, and carries out {@link Command}s for the other threads.
 *
 * <p>I/O errors are counted, kept as the last error, and retried at the next interval; records stay
 * queued meanwhile. Records are written at explicit positions, so a retry overwrites whatever a
 * failed write left. After a failed fsync the kernel may already have dropped the pages it could
 * not write (and a second fsync would then succeed without them), so every record written since the
 * last good fsync is written again. Nothing durable is ever rewritten differently.
 */
final class LogWriter implements Runnable {
  /**
   * Written records are kept until fsynced; with an fsync only every interval, the memory for them
   * and not the disk would bound the rate. So the writer also fsyncs once this fraction of that
   * memory has been written since the last fsync.
   */
  private static final int FORCE_FRACTION = 4;

  private final Path dir;
  private final LogBuffer buffer;
  private final SegmentChannel.Opener opener;
  private final long intervalNanos;
  private final long forceBytes;
  private final NavigableMap<Long, Long> onDisk; // segment id -> bytes
  private final ArrayDeque<RecordBuffer> unwritten = new ArrayDeque<>();
  private final List<RecordBuffer> unsynced = new ArrayList<>();
  private final CRC32C crc = new CRC32C();
  private SegmentChannel channel;
  private long openId = -1;
  private long writeEnd;
  private long durableEnd;
  private boolean failing;

  // Written by this thread only, read by status().
  private volatile int segments;
  private volatile long diskBytes;
  private volatile long pointsDurable;
  private volatile long fsyncs;
  private volatile long lastFsyncNanos;
  private volatile long writeErrors;
  private volatile String lastError;

  /**
   * @param onDisk the segments already in {@code dir}, id to size, which this writer now owns
   */
  LogWriter(
      Path dir,
      LogBuffer buffer,
      SegmentChannel.Opener opener,
      WalOptions options,
      NavigableMap<Long, Long> onDisk) {
    this.dir = dir;
    this.buffer = buffer;
    this.opener = opener;
    this.intervalNanos = options.fsyncInterval().toNanos();
    this.forceBytes = options.maxPendingBytes() / FORCE_FRACTION;
    this.onDisk = new TreeMap<>(onDisk);
    this.lastFsyncNanos = System.nanoTime();
    onDisk.values().forEach(size -> diskBytes += size);
    segments = onDisk.size();
  }

  @Override
  public void run() {
    long nextCommit = System.nanoTime() + intervalNanos;
    try {
      while (true) {
        // After a failure, wait for the next interval rather than retry at every full record.
        LogBuffer.Wake wake = buffer.await(nextCommit, !failing);
        try {
          for (Command c : wake.commands()) {
            execute(c);
          }
          if (wake.closing() || System.nanoTime() - nextCommit >= 0) {
            commit();
            nextCommit = System.nanoTime() + intervalNanos;
          } else if (!failing) {
            writeSealed();
          }
        } catch (RuntimeException e) {
          error("unexpected error", e);
        }
        if (wake.closing()) {
          if (channel != null) {
            closeChannel();
          }
          return;
        }
      }
    } finally {
      buffer.writerStopped();
    }
  }

  private void execute(Command command) {
    try {
      if (command instanceof Command.Sync s) {
        s.done().complete(commit());
      } else if (command instanceof Command.Roll r) {
        long ended = buffer.roll();
        commit();
        r.done().complete(ended);
      } else if (command instanceof Command.DeleteThrough d) {
        d.done().complete(deleteThrough(d.id()));
      }
    } catch (RuntimeException e) {
      command.done().completeExceptionally(e);
      throw e;
    }
  }

  /**
   * Writes and forces everything appended so far, then makes sure the segment that new points go to
   * exists. True if everything appended is durable.
   */
  boolean commit() {
    buffer.sealActive();
    boolean durable = writeSealed() && force();
    if (durable) {
      long current = buffer.idleSegment();
      if (current >= 0 && current != openId) {
        switchTo(current);
      }
    }
    return durable;
  }

  private boolean writeSealed() {
    buffer.takeSealed(unwritten);
    for (RecordBuffer r; (r = unwritten.peek()) != null; ) {
      if (r.segment != openId && !switchTo(r.segment)) {
        return false;
      }
      try {
        channel.write(r.framed(crc), writeEnd);
      } catch (IOException e) {
        error("cannot write " + file(openId) + " at byte " + writeEnd, e);
        return false;
      }
      writeEnd += r.length;
      setSize(openId, writeEnd);
      unwritten.poll();
      unsynced.add(r);
      if (writeEnd - durableEnd >= forceBytes && !force()) {
        return false;
      }
    }
    failing = false;
    return true;
  }

  private boolean force() {
    if (channel == null || durableEnd == writeEnd) {
      return true;
    }
    try {
      channel.force();
    } catch (IOException e) {
      error("cannot fsync " + file(openId), e);
      for (int i = unsynced.size() - 1; i >= 0; i--) {
        unwritten.addFirst(unsynced.get(i));
      }
      unsynced.clear();
      if (durableEnd < SEGMENT_HEADER_SIZE) {
        closeChannel(); // the header was not durable either: create the file again
      } else {
        writeEnd = durableEnd;
      }
      return false;
    }
    durableEnd = writeEnd;
    fsyncs++;
    lastFsyncNanos = System.nanoTime();
    long points = 0;
    for (RecordBuffer r : unsynced) {
      points += r.points;
    }
    pointsDurable += points;
    buffer.release(unsynced);
    unsynced.clear();
    return true;
  }

  /** Seals the open segment (forced, closed) and creates segment {@code id}. */
  private boolean switchTo(long id) {
    if (channel != null) {
      if (!force()) {
        return false;
      }
      closeChannel();
    }
    Path file = file(id);
    SegmentChannel created;
    try {
      created = opener.create(file);
    } catch (IOException e) {
      error("cannot create " + file, e);
      return false;
    }
    setSize(id, 0);
    try {
      created.write(ByteBuffer.wrap(WalFormat.header(id)), 0);
    } catch (IOException e) {
      error("cannot write the header of " + file, e);
      closeQuietly(created);
      return false;
    }
    channel = created;
    openId = id;
    writeEnd = SEGMENT_HEADER_SIZE;
    durableEnd = 0;
    setSize(id, writeEnd);
    return true;
  }

  /**
   * Deletes the segments up to {@code id}, never the one new points go to, and drops their records
   * still in memory: the caller has their points in whisper files.
   */
  private int deleteThrough(long id) {
    long limit = Math.min(id, buffer.segment() - 1);
    buffer.discardThrough(limit, unwritten);
    if (channel != null && openId <= limit) {
      buffer.release(unsynced);
      unsynced.clear();
      closeChannel();
    }
    int deleted = 0;
    Iterator<Map.Entry<Long, Long>> it = onDisk.headMap(limit, true).entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, Long> segment = it.next();
      Path file = file(segment.getKey());
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        error("cannot delete " + file, e);
        continue;
      }
      diskBytes -= segment.getValue();
      it.remove();
      deleted++;
    }
    segments = onDisk.size();
    return deleted;
  }

  private void closeChannel() {
    try {
      channel.close();
    } catch (IOException e) {
      error("cannot close " + file(openId), e);
    }
    channel = null;
    openId = -1;
  }

  private static void closeQuietly(SegmentChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // already failing; the first error is the one reported
    }
  }

  private Path file(long id) {
    return dir.resolve(WalFormat.fileName(id));
  }

  private void setSize(long id, long size) {
    Long old = onDisk.put(id, size);
    diskBytes += size - (old == null ? 0 : old);
    segments = onDisk.size();
  }

  private void error(String what, Exception e) {
    failing = true;
    writeErrors++;
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    lastError = what + ": " + detail;
  }

  int segments() {
    return segments;
  }

  long diskBytes() {
    return diskBytes;
  }

  long pointsDurable() {
    return pointsDurable;
  }

  long fsyncs() {
    return fsyncs;
  }

  long lastFsyncNanos() {
    return lastFsyncNanos;
  }

  long writeErrors() {
    return writeErrors;
  }

  String lastError() {
    return lastError;
  }
}
