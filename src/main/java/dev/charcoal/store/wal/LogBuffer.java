package dev.charcoal.store.wal;

import dev.charcoal.model.PointBatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory side of the log: appending threads encode points into the record being filled; full
 * records wait in a queue for the writer thread, which takes them, writes them and hands the
 * buffers back once they are durable. Segment boundaries are decided here, as points are encoded,
 * because the name dictionary belongs to a segment.
 *
 * <p>Memory is bounded: at most {@code maxPendingBytes} of buffers are in use (being filled,
 * waiting, or written but not yet fsynced). When the disk fails for long enough to use them all,
 * later points are not logged and are counted as unlogged; nothing ever blocks or throws on the
 * appending side.
 */
final class LogBuffer {
  /** Buffers kept for reuse beyond those in use; more are left to the garbage collector. */
  private static final int MAX_FREE_BUFFERS = 8;

  /**
   * Fair, so that appenders that hold it for a whole batch and ask again at once cannot starve the
   * writer thread, which needs it for a moment to take full records. (Measured, fairness costs
   * nothing here: the lock is taken once per batch.)
   */
  private final ReentrantLock lock = new ReentrantLock(true);

  private final Condition work = lock.newCondition();
  private final RecordEncoder encoder = new RecordEncoder();
  private final ArrayDeque<RecordBuffer> sealed = new ArrayDeque<>();
  private final ArrayDeque<RecordBuffer> free = new ArrayDeque<>();
  private final ArrayDeque<Command> commands = new ArrayDeque<>();
  private final int maxBuffers;
  private final long segmentLimit;
  private int buffersInUse;
  private long segment;
  private long segmentBytes;
  private boolean closing;
  private long pointsAppended;
  private long bytesAppended;
  private long unloggedPoints;
  private long undurableBytes;

  /** What the writer thread woke up for. */
  record Wake(List<Command> commands, boolean closing) {}

  /** Counters for {@link WalStatus}. */
  record Counts(long pointsAppended, long bytesAppended, long unloggedPoints, long pendingBytes) {}

  LogBuffer(long firstSegment, long segmentLimit, long maxPendingBytes) {
    this.segment = firstSegment;
    this.segmentLimit = segmentLimit;
    this.maxBuffers = (int) Math.max(2, maxPendingBytes / RecordBuffer.CAPACITY);
  }

  /** Encodes the batch; points that cannot be logged are counted, never thrown about. */
  void append(PointBatch batch) {
    int n = batch.size();
    if (n == 0) {
      return;
    }
    lock.lock();
    try {
      if (closing) {
        unloggedPoints += n;
        return;
      }
      int logged = 0;
      for (int i = 0; i < n; i++) {
        String name = batch.name(i);
        if (name == null || name.length() > WalFormat.MAX_NAME_CHARS) {
          continue;
        }
        long timestamp = batch.timestamp(i);
        double value = batch.value(i);
        if (encoder.tryAppend(name, timestamp, value)
            || (makeRoom() && encoder.tryAppend(name, timestamp, value))) {
          logged++;
        }
      }
      pointsAppended += logged;
      unloggedPoints += n - logged;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues the record being filled and starts another, first moving to the next segment if this one
   * is full; false if every buffer is in use.
   */
  private boolean makeRoom() {
    if (sealActiveLocked()) {
      work.signal();
    }
    if (encoder.dictionaryFull()) {
      nextSegment();
    }
    if (!encoder.hasRecord()) {
      RecordBuffer b = free.poll();
      if (b == null) {
        if (buffersInUse >= maxBuffers) {
          return false;
        }
        b = new RecordBuffer();
      }
      buffersInUse++;
      encoder.start(b);
    }
    return true;
  }

  private boolean sealActiveLocked() {
    RecordBuffer r = encoder.takeFilled();
    if (r == null) {
      return false;
    }
    r.segment = segment;
    sealed.add(r);
    segmentBytes += r.length;
    bytesAppended += r.length;
    undurableBytes += r.length;
    if (segmentBytes >= segmentLimit) {
      nextSegment();
    }
    return true;
  }

  private void nextSegment() {
    segment++;
    segmentBytes = 0;
    encoder.newSegment();
  }

  /** Queues the record being filled, if it holds anything, so that the writer can write it. */
  void sealActive() {
    lock.lock();
    try {
      sealActiveLocked();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends the current segment: later points go to the next one. Returns the id of the last segment
   * that holds points appended so far; when the current segment has received nothing, that is the
   * previous one and no new segment is started.
   */
  long roll() {
    lock.lock();
    try {
      sealActiveLocked();
      if (segmentBytes == 0) {
        return segment - 1;
      }
      long ended = segment;
      nextSegment();
      return ended;
    } finally {
      lock.unlock();
    }
  }

  /** The segment that new points go to. */
  long segment() {
    lock.lock();
    try {
      return segment;
    } finally {
      lock.unlock();
    }
  }

  /** The segment new points go to if no sealed record waits to be taken, else -1. */
  long idleSegment() {
    lock.lock();
    try {
      return sealed.isEmpty() ? segment : -1;
    } finally {
      lock.unlock();
    }
  }

  /** Queues a command for the writer; false once the log is closing. */
  boolean submit(Command c) {
    lock.lock();
    try {
      if (closing) {
        return false;
      }
      commands.add(c);
      work.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Stops accepting points and commands, and wakes the writer to finish up. */
  void close() {
    lock.lock();
    try {
      closing = true;
      work.signal();
    } finally {
      lock.unlock();
    }
  }

  /** The writer thread is gone: nothing will carry out queued commands, so fail them. */
  void writerStopped() {
    lock.lock();
    try {
      closing = true;
      for (Command c : commands) {
        c.done().completeExceptionally(new IllegalStateException("write-ahead log is closed"));
      }
      commands.clear();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a command arrives, the log closes, a full record is queued (if {@code
   * wakeOnSealed}) or {@code deadline} (a {@link System#nanoTime} value) passes.
   */
  Wake await(long deadline, boolean wakeOnSealed) {
    lock.lock();
    try {
      while (commands.isEmpty() && !closing && !(wakeOnSealed && !sealed.isEmpty())) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          work.await(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          // Nobody else knows this thread; never leave it interrupted, or its next
          // FileChannel call would close the channel.
        }
      }
      List<Command> taken = new ArrayList<>(commands);
      commands.clear();
      return new Wake(taken, closing);
    } finally {
      lock.unlock();
    }
  }

  /** Moves every sealed record, oldest first, to the end of {@code into}. */
  void takeSealed(ArrayDeque<RecordBuffer> into) {
    lock.lock();
    try {
      into.addAll(sealed);
      sealed.clear();
    } finally {
      lock.unlock();
    }
  }

  /** Takes back buffers whose records are durable or no longer needed. */
  void release(List<RecordBuffer> records) {
    lock.lock();
    try {
      for (RecordBuffer r : records) {
        undurableBytes -= r.length;
        buffersInUse--;
        if (free.size() < MAX_FREE_BUFFERS) {
          free.add(r);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops the records of segments up to {@code id} from {@code records} and from the queue, and
   * takes their buffers back: their points are in whisper files.
   */
  void discardThrough(long id, ArrayDeque<RecordBuffer> records) {
    List<RecordBuffer> dropped = new ArrayList<>();
    lock.lock();
    try {
      for (ArrayDeque<RecordBuffer> queue : List.of(records, sealed)) {
        queue.removeIf(
            r -> {
              if (r.segment > id) {
                return false;
              }
              dropped.add(r);
              return true;
            });
      }
      release(dropped);
    } finally {
      lock.unlock();
    }
  }

  Counts counts() {
    lock.lock();
    try {
      return new Counts(
          pointsAppended, bytesAppended, unloggedPoints, undurableBytes + encoder.size());
    } finally {
      lock.unlock();
    }
  }
}
