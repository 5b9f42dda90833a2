package dev.charcoal.store;

import dev.charcoal.store.whisper.WhisperException;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The thread that moves points from the cache into whisper files, one update_many per metric per
 * round, creating files by the storage rules, and that checkpoints the write-ahead log.
 *
 * <p>A round drains every metric in the cache, largest first. A metric without a file keeps its
 * points in the cache while the {@link FileCreator} makes the file on its own thread, and is
 * written as soon as the file exists; the round ends when every file it asked for is made and
 * written. Rounds start every {@code interval} (points wait in the cache, visible to queries, so
 * each write carries many), at once after a round that took longer, and back to back while the
 * cache is over half full. Every {@code checkpointInterval} a round starts by rolling the log; when
 * that round has written everything it drained, the written files are synced and the sealed
 * segments deleted: whatever the log forgets is on disk.
 *
 * <p>A write that fails for a reason that may pass (a full disk, an I/O error) puts its points back
 * and is retried next round; the checkpoint waits. A file that is corrupt cannot take points: they
 * are dropped, counted and reported, and the file is left for the user to inspect.
 *
 * <p>Work that changes files the persister may be writing (deleting metrics) is handed to its
 * thread with {@link #call} and runs between two writes; {@link #checkpoint} asks for a checkpoint
 * at once and waits for it.
 */
public final class Persister {
  private static final System.Logger LOG = System.getLogger(Persister.class.getName());

  private final MetricCache cache;
  private final PointLog log;
  private final WhisperFiles files;
  private final InstantSource clock;
  private final long intervalNanos;
  private final long checkpointNanos;
  private final Thread thread;
  private final Object wakeUp = new Object();
  private volatile boolean stopping;
  private long lastCheckpoint = System.nanoTime();

  /** Work to run on this thread between writes; guarded by itself with the fields below. */
  private final Queue<FutureTask<?>> chores = new ArrayDeque<>();

  private final List<CompletableFuture<Boolean>> checkpointWaiters = new ArrayList<>();
  private boolean acceptingWork = true;
  private volatile boolean workWaiting;

  private final LongAdder committedPoints = new LongAdder();
  private final LongAdder updateOperations = new LongAdder();
  private final LongAdder creates = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder droppedPoints = new LongAdder();
  private final LongAdder updateNanos = new LongAdder();
  private final LongAdder createNanos = new LongAdder();
  private final LongAdder checkpoints = new LongAdder();
  private volatile String lastError = "";

  Persister(
      MetricCache cache,
      PointLog log,
      WhisperFiles files,
      InstantSource clock,
      Duration interval,
      Duration checkpointInterval) {
    this.cache = cache;
    this.log = log;
    this.files = files;
    this.clock = clock;
    this.intervalNanos = interval.toNanos();
    this.checkpointNanos = checkpointInterval.toNanos();
    this.thread = new Thread(this::run, "charcoal-persister");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Asks the persister to write now rather than at the end of its interval. */
  void wakeUp() {
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
  }

  /**
   * Writes everything still in the cache, checkpoints and stops the thread. Blocks until done.
   *
   * @return whether the cache was emptied and the log released
   */
  boolean stop() throws InterruptedException {
    stopping = true;
    wakeUp();
    thread.join();
    return cache.size() == 0;
  }

  /**
   * Runs {@code work} on the persister's thread between two writes and returns its result; blocks
   * until it has run.
   *
   * @throws IOException what {@code work} threw, or the persister has stopped
   */
  <T> T call(Callable<T> work) throws IOException, InterruptedException {
    FutureTask<T> task = new FutureTask<>(work);
    synchronized (chores) {
      if (!acceptingWork) {
        throw new IOException("the store is closed");
      }
      chores.add(task);
      workWaiting = true;
    }
    wakeUp();
    try {
      return task.get();
    } catch (CancellationException e) {
      throw new IOException("the store closed first");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    }
  }

  /**
   * Starts a checkpoint at once and waits for it.
   *
   * @return true once every point logged before the call is in synced whisper files and the log has
   *     forgotten it; false if that checkpoint could not complete (a write or the log failed; a
   *     later one retries) or the store closed
   */
  boolean checkpoint() throws InterruptedException {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    synchronized (chores) {
      if (!acceptingWork) {
        return false;
      }
      checkpointWaiters.add(done);
      workWaiting = true;
    }
    wakeUp();
    try {
      return done.get();
    } catch (ExecutionException e) {
      return false;
    }
  }

  private void run() {
    long roundStarted = System.nanoTime();
    while (true) {
      if (!cache.overloaded() && cache.size() <= cache.maxPoints() / 2) {
        // the interval runs from the start of the last round: after a round that took longer,
        // points have waited long enough and the next one starts at once
        pause(intervalNanos - (System.nanoTime() - roundStarted));
      }
      roundStarted = System.nanoTime();
      boolean last = stopping;
      boolean complete =
          round(last || checkpointAsked() || System.nanoTime() - lastCheckpoint >= checkpointNanos);
      if (last) {
        if (!complete) {
          LOG.log(
              System.Logger.Level.ERROR,
              "stopping with " + cache.size() + " points not written: " + lastError);
        }
        refuseWork();
        return;
      }
    }
  }

  private boolean checkpointAsked() {
    synchronized (chores) {
      return !checkpointWaiters.isEmpty();
    }
  }

  /** Runs the work handed in by {@link #call}. */
  private void runChores() {
    if (!workWaiting) {
      return;
    }
    while (true) {
      FutureTask<?> chore;
      synchronized (chores) {
        chore = chores.poll();
        if (chore == null) {
          workWaiting = !checkpointWaiters.isEmpty();
          return;
        }
      }
      chore.run();
    }
  }

  /** After the last round: work handed in later fails, and nobody waits for a checkpoint. */
  private void refuseWork() {
    synchronized (chores) {
      acceptingWork = false;
      chores.forEach(chore -> chore.cancel(false));
      chores.clear();
      checkpointWaiters.forEach(waiter -> waiter.complete(false));
      checkpointWaiters.clear();
    }
  }

  private void pause(long nanos) {
    synchronized (wakeUp) {
      if (stopping || workWaiting || nanos <= 0) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(wakeUp, nanos);
      } catch (InterruptedException e) {
        stopping = true;
      }
    }
  }

  /** Writes every metric once; returns whether everything drained was written or dropped. */
  boolean round(boolean checkpoint) {
    runChores();
    List<CompletableFuture<Boolean>> waiters = List.of();
    long sealed = -1;
    if (checkpoint) {
      synchronized (chores) {
        // those who asked before the roll: everything they saw logged is sealed by it
        waiters = new ArrayList<>(checkpointWaiters);
        checkpointWaiters.clear();
        workWaiting = !chores.isEmpty();
      }
      try {
        sealed = log.roll();
      } catch (IOException e) {
        failed("rolling the write-ahead log: " + e.getMessage());
        checkpoint = false;
      }
    }
    boolean allWritten = true;
    for (String metric : cache.metricsByPointCount()) {
      runChores();
      allWritten &= writeIfOpen(metric);
      allWritten &= writeCreated(false);
    }
    allWritten &= writeCreated(true);
    boolean checkpointed = false;
    if (checkpoint && allWritten) {
      try {
        files.forceWritten();
        log.deleteThrough(sealed);
        checkpoints.increment();
        lastCheckpoint = System.nanoTime();
        checkpointed = true;
      } catch (IOException e) {
        failed("checkpoint: " + e.getMessage());
        allWritten = false;
      }
    }
    for (CompletableFuture<Boolean> waiter : waiters) {
      waiter.complete(checkpointed);
    }
    return allWritten;
  }

  /**
   * Writes the metric if its file exists; otherwise its points stay in the cache (visible to
   * queries) while the file is created, and are written by {@link #writeCreated}.
   */
  private boolean writeIfOpen(String metric) {
    if (!cache.contains(metric)) {
      return true; // deleted since the round began: asking for its file would make it again
    }
    WhisperFile file;
    try {
      file = files.forWriting(metric);
    } catch (IllegalArgumentException e) {
      return drop(metric, e);
    } catch (IOException e) {
      return unusable(metric, e);
    }
    return file == null || write(metric, file);
  }

  /**
   * Writes the metrics whose files were created meanwhile; all outstanding ones if {@code wait}.
   */
  private boolean writeCreated(boolean wait) {
    boolean allWritten = true;
    for (FileCreator.Outcome o; (o = files.nextCreated(wait)) != null; ) {
      String metric = o.request().metric();
      if (o instanceof FileCreator.Made made) {
        if (made.created()) {
          creates.increment();
          createNanos.add(made.nanos());
        }
        allWritten &= write(metric, made.file());
      } else if (o instanceof FileCreator.Failed failed) {
        allWritten &= unusable(metric, failed.error());
      }
    }
    return allWritten;
  }

  /** Writes the metric's waiting points; false if they were kept to be retried. */
  private boolean write(String metric, WhisperFile file) {
    Optional<MetricCache.Drained> drained = cache.drain(metric);
    if (drained.isEmpty()) {
      return true;
    }
    CachedPoints points = LastWins.resolve(drained.get().points());
    try {
      long started = System.nanoTime();
      file.updateMany(
          points.timestamps(), points.values(), points.count(), clock.instant().getEpochSecond());
      updateNanos.add(System.nanoTime() - started);
      updateOperations.increment();
      committedPoints.add(points.count());
      return true;
    } catch (WhisperException | IllegalArgumentException e) {
      files.discard(metric);
      dropped(metric, points.count(), e);
      return true;
    } catch (IOException e) {
      files.discard(metric);
      cache.restore(drained.get());
      failed(metric + ": " + e.getMessage() + " (kept, will retry)");
      return false;
    }
  }

  /**
   * The metric's file could not be opened or made: its points are dropped if the file is corrupt or
   * the rules ask for one whisper cannot make, else kept for the next round (false).
   */
  private boolean unusable(String metric, IOException error) {
    if (error instanceof WhisperException) {
      return drop(metric, error);
    }
    failed(metric + ": " + error.getMessage() + " (kept, will retry)");
    return false;
  }

  /** Gives up the metric's waiting points: their file is corrupt or cannot exist. */
  private boolean drop(String metric, Exception e) {
    cache.drain(metric).ifPresent(d -> dropped(metric, d.points().count(), e));
    return true;
  }

  private void dropped(String metric, int count, Exception e) {
    droppedPoints.add(count);
    failed(metric + ": " + count + " points dropped: " + e.getMessage());
  }

  private void failed(String message) {
    errors.increment();
    if (!message.equals(lastError)) {
      LOG.log(System.Logger.Level.WARNING, message);
    }
    lastError = message;
  }

  PersisterStats stats() {
    return new PersisterStats(
        committedPoints.sum(),
        updateOperations.sum(),
        creates.sum(),
        errors.sum(),
        droppedPoints.sum(),
        updateNanos.sum(),
        createNanos.sum(),
        checkpoints.sum(),
        lastError);
  }
}
