package dev.charcoal.store.wal;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.PointLog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The write-ahead log of received points (the data dir's {@code wal/}): carbon loses its cache on a
 * crash, Charcoal replays it from here. The format is described in {@code docs/format/wal.md}.
 *
 * <p>Lifecycle, as the store uses it:
 *
 * <ol>
 *   <li>{@link #open} replays every segment in the directory into the consumer, in order, then
 *       starts a new segment. Replayed segments stay on disk until {@link #deleteThrough}.
 *   <li>{@link #append} from any thread: points are encoded into memory and written by a background
 *       thread, which fsyncs at the {@linkplain WalOptions#fsyncInterval interval} (group commit).
 *       Appending never does I/O, never blocks on the disk and never throws.
 *   <li>The persister calls {@link #roll}, writes what the cache held to whisper files, then {@link
 *       #deleteThrough} with the id {@code roll} returned.
 *   <li>{@link #close} writes and fsyncs the rest.
 * </ol>
 *
 * <p>Disk errors never reach the appending threads: they are counted in {@link #status}, retried at
 * the next interval, and when memory for pending records runs out, later points are counted as
 * unlogged instead of logged. A second log on the same directory, in this or another process, is
 * refused.
 */
public final class WriteAheadLog implements PointLog {
  private static final String LOCK_FILE = "LOCK";
  private static final String THREAD_NAME = "charcoal-wal-writer";

  private final LogBuffer buffer;
  private final LogWriter writer;
  private final Thread thread;
  private final WalReplay replayed;
  private final FileChannel lockChannel;
  private final long openedNanos = System.nanoTime();
  private final AtomicBoolean closed = new AtomicBoolean();

  private WriteAheadLog(
      LogBuffer buffer, LogWriter writer, WalReplay replayed, FileChannel lockChannel) {
    this.buffer = buffer;
    this.writer = writer;
    this.replayed = replayed;
    this.lockChannel = lockChannel;
    thread = new Thread(writer, THREAD_NAME);
    thread.setDaemon(true);
  }

  /** {@link #open(Path, WalOptions, Consumer)} with default options but the fsync interval. */
  public static WriteAheadLog open(Path dir, Duration fsyncInterval, Consumer<PointBatch> replay)
      throws IOException {
    return open(dir, WalOptions.defaults().withFsyncInterval(fsyncInterval), replay);
  }

  /**
   * Opens the log in {@code dir} (created if needed): replays every segment there into {@code
   * replay}, in order and in batches (the batch is reused: copy what you keep), then starts a new
   * segment for appends. Damage in the segments is skipped and reported in {@link #replayed()}; a
   * segment whose header is unusable is renamed to {@code *.corrupt}.
   *
   * @throws IOException if the directory cannot be created, listed or locked (another log has it
   *     open); whatever {@code replay} throws is passed on
   */
  public static WriteAheadLog open(Path dir, WalOptions options, Consumer<PointBatch> replay)
      throws IOException {
    return open(dir, options, replay, SegmentChannel.Opener.FILES);
  }

  static WriteAheadLog open(
      Path dir, WalOptions options, Consumer<PointBatch> replay, SegmentChannel.Opener opener)
      throws IOException {
    Files.createDirectories(dir);
    FileChannel lock = lock(dir);
    try {
      NavigableMap<Long, Path> found = new TreeMap<>();
      long maxId = 0;
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path f : files) {
          String name = f.getFileName().toString();
          long id = WalFormat.parseId(name);
          maxId = Math.max(maxId, id);
          if (id >= 0 && !WalFormat.isCorruptName(name)) {
            found.put(id, f);
          }
        }
      }
      SegmentReader reader = new SegmentReader(replay);
      NavigableMap<Long, Long> onDisk = new TreeMap<>();
      for (var segment : found.entrySet()) {
        Path file = segment.getValue();
        if (reader.replay(file, segment.getKey())) {
          onDisk.put(segment.getKey(), reader.lastSize());
        } else {
          setAside(file);
        }
      }
      WalReplay replayed = reader.finish();
      LogBuffer buffer =
          new LogBuffer(maxId + 1, options.segmentBytes(), options.maxPendingBytes());
      LogWriter writer = new LogWriter(dir, buffer, opener, options, onDisk);
      writer.commit(); // creates the first segment now, while no other thread runs
      WriteAheadLog wal = new WriteAheadLog(buffer, writer, replayed, lock);
      wal.thread.start();
      return wal;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static FileChannel lock(Path dir) throws IOException {
    Path file = dir.resolve(LOCK_FILE);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(dir + ": the write-ahead log is already open (" + file + " is locked)");
    }
    return channel;
  }

  /** Keeps the data of a segment that cannot be replayed, out of the way of later opens. */
  private static void setAside(Path file) {
    String name = file.getFileName() + WalFormat.CORRUPT_SUFFIX;
    try {
      Path target = file.resolveSibling(name);
      for (int i = 1; Files.exists(target); i++) {
        target = file.resolveSibling(name + "." + i);
      }
      Files.move(file, target);
    } catch (IOException e) {
      // Left in place: the next open reports it again, and nothing deletes it meanwhile since its
      // id is not among the segments.
    }
  }

  /** What {@link #open} replayed and what it skipped. */
  public WalReplay replayed() {
    return replayed;
  }

  /**
   * Logs the batch's points (the batch is not kept). Thread-safe and fast; never throws and never
   * waits for the disk. After {@link #close} the points are counted as unlogged.
   */
  public void append(PointBatch batch) {
    buffer.append(batch);
  }

  /**
   * Writes and fsyncs everything appended so far, now. Returns whether that succeeded; false if the
   * disk failed (see {@link #status}) or the log is closed.
   */
  public boolean sync() {
    Command.Sync sync = new Command.Sync(new CompletableFuture<>());
    return buffer.submit(sync) && await(sync.done());
  }

  /**
   * Seals the current segment (written and fsynced, if the disk allows) and starts the next.
   * Returns the id of the sealed segment: every point whose {@link #append} returned before this
   * call is in a segment with that id or lower. If nothing was appended to the current segment, it
   * is kept and the previous id returned. A store that puts points in its cache before appending
   * them here therefore has every point of those segments in its cache when this returns.
   *
   * @throws IllegalStateException if the log is closed
   */
  public long roll() {
    Command.Roll roll = new Command.Roll(new CompletableFuture<>());
    if (!buffer.submit(roll)) {
      throw new IllegalStateException("write-ahead log is closed");
    }
    return await(roll.done());
  }

  /**
   * Deletes the segments with ids up to {@code id} (never the one receiving appends), together with
   * any of their records still waiting in memory for a failed disk. Call it with an id from {@link
   * #roll} once every point that was in the cache when {@code roll} returned is in whisper files.
   * Returns how many files were deleted.
   *
   * @throws IllegalStateException if the log is closed
   */
  public int deleteThrough(long id) {
    Command.DeleteThrough delete = new Command.DeleteThrough(id, new CompletableFuture<>());
    if (!buffer.submit(delete)) {
      throw new IllegalStateException("write-ahead log is closed");
    }
    return await(delete.done());
  }

  /** A snapshot of the counters; cheap, and never waits for the disk. */
  public WalStatus status() {
    LogBuffer.Counts counts = buffer.counts();
    long lastFsync = writer.fsyncs() == 0 ? openedNanos : writer.lastFsyncNanos();
    return new WalStatus(
        writer.segments(),
        writer.diskBytes(),
        counts.pointsAppended(),
        counts.bytesAppended(),
        writer.pointsDurable(),
        counts.unloggedPoints(),
        counts.pendingBytes(),
        writer.fsyncs(),
        Duration.ofNanos(System.nanoTime() - lastFsync),
        writer.writeErrors(),
        writer.lastError());
  }

  /**
   * Writes and fsyncs what is pending, closes the segment and releases the directory. Idempotent; a
   * disk error is not thrown but left in {@link #status}.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    buffer.close();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      lockChannel.close();
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T await(CompletableFuture<T> done) {
    try {
      return done.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
