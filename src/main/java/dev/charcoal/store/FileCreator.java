package dev.charcoal.store;

import dev.charcoal.model.Retention;
import dev.charcoal.store.rules.Aggregation;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Creates whisper files on a thread of its own, so the persister goes on writing metrics whose
 * files exist while new ones are made: creating a file costs the kernel 0.1–0.6 ms on this machine
 * (most of it looking for a free inode), two to four times the update_many that follows.
 *
 * <p>The persister asks, then collects what was made; it is the only caller of {@link #request},
 * {@link #next}, {@link #cancel} and {@link #inOrder}. At most one request is outstanding per
 * metric waiting in the cache, so the queue is bounded by the cache itself.
 *
 * <p>Deleting files runs on the same thread ({@link #inOrder}), after every create asked before, so
 * a directory emptied and removed by a delete never races a file being made in it. A create asked
 * before its metric was deleted makes its file, which the delete then removes; its outcome is
 * {@link #cancel cancelled}: {@link #next} closes that file and skips it, so the persister never
 * writes into a file that no longer has a name.
 */
final class FileCreator implements AutoCloseable {
  /** What the persister asks for: a file and the rules it is made by. */
  record Request(
      String metric, Path location, List<Retention> retentions, Aggregation aggregation) {}

  /** What became of a request. */
  sealed interface Outcome {
    Request request();
  }

  /** The file exists and is open for writing; {@code created} is false if it was there already. */
  record Made(Request request, WhisperFile file, boolean created, long nanos) implements Outcome {}

  /** The file could not be made; {@code error} says why. */
  record Failed(Request request, IOException error) implements Outcome {}

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "charcoal-file-creator");
            t.setDaemon(true);
            return t;
          });
  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private int outstanding;

  /** Requests not yet collected, by metric. */
  private final Map<String, Integer> pending = new HashMap<>();

  /** Of those, how many (the first ones, outcomes come in request order) to skip. */
  private final Map<String, Integer> cancelled = new HashMap<>();

  void request(Request request) {
    outstanding++;
    pending.merge(request.metric(), 1, Integer::sum);
    executor.execute(() -> outcomes.add(make(request)));
  }

  /** Skips the outcomes of the metric's requests so far: its files are being deleted. */
  void cancel(String metric) {
    Integer n = pending.get(metric);
    if (n != null) {
      cancelled.put(metric, n);
    }
  }

  /**
   * Runs {@code work} on the creator's thread once every create asked before has run, and returns
   * its result; waits for it (not interruptibly: the persister waits for creates the same way).
   *
   * @throws IOException what {@code work} threw
   */
  <T> T inOrder(Callable<T> work) throws IOException {
    Future<T> done = executor.submit(work);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.get();
        } catch (InterruptedException e) {
          interrupted = true;
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
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Requests not yet collected by {@link #next}. */
  int outstanding() {
    return outstanding;
  }

  /**
   * The next outcome, waiting for it if {@code wait} (a create takes milliseconds, so the wait is
   * not interruptible); null if none is ready, or none is outstanding.
   */
  Outcome next(boolean wait) {
    while (outstanding > 0) {
      Outcome outcome = wait ? take() : outcomes.poll();
      if (outcome == null) {
        return null;
      }
      outstanding--;
      String metric = outcome.request().metric();
      pending.computeIfPresent(metric, (m, n) -> n == 1 ? null : n - 1);
      Integer skip = cancelled.get(metric);
      if (skip == null) {
        return outcome;
      }
      if (skip == 1) {
        cancelled.remove(metric);
      } else {
        cancelled.put(metric, skip - 1);
      }
      closeQuietly(outcome);
    }
    return null;
  }

  private Outcome take() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcomes.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Outcome make(Request r) {
    long started = System.nanoTime();
    try {
      WhisperFile file = create(r);
      return new Made(r, file, true, System.nanoTime() - started);
    } catch (FileAlreadyExistsException createdMeanwhile) {
      try {
        return new Made(r, WhisperFile.openForPositionalWriting(r.location()), false, 0);
      } catch (IOException e) {
        return new Failed(r, e);
      }
    } catch (IOException e) {
      return new Failed(r, e);
    }
  }

  /** Creates the file sparse, and its directory when it is missing. */
  private static WhisperFile create(Request r) throws IOException {
    try {
      return createFile(r);
    } catch (NoSuchFileException noDirectory) {
      // asking first would cost a system call per create; most directories exist already
      Files.createDirectories(r.location().getParent());
      return createFile(r);
    }
  }

  private static WhisperFile createFile(Request r) throws IOException {
    // sparse: a default schema file is 3 MB of zeros; 10,000 new metrics must not write 30 GB
    return Whisper.createForWriting(
        r.location(), r.retentions(), r.aggregation().xFilesFactor(), r.aggregation().method());
  }

  /** Stops the thread; files made but not collected are closed. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Outcome o; (o = outcomes.poll()) != null; ) {
      closeQuietly(o);
    }
  }

  private static void closeQuietly(Outcome outcome) {
    if (outcome instanceof Made made) {
      try {
        made.file().close();
      } catch (IOException ignored) {
        // never written to: nothing to lose
      }
    }
  }
}
