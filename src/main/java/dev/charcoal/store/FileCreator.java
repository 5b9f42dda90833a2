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
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Creates whisper files on a thread of its own, so the persister goes on writing metrics whose
 * files exist while new ones are made: creating a file costs the kernel 0.1–0.6 ms on this machine
 * (most of it looking for a free inode), two to four times the update_many that follows.
 *
 * <p>The persister asks, then collects what was made; it is the only caller of {@link #request} and
 * {@link #next}. At most one request is outstanding per metric waiting in the cache, so the queue
 * is bounded by the cache itself.
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

  void request(Request request) {
    outstanding++;
    executor.execute(() -> outcomes.add(make(request)));
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
    if (outstanding == 0) {
      return null;
    }
    Outcome outcome = wait ? take() : outcomes.poll();
    if (outcome != null) {
      outstanding--;
    }
    return outcome;
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
      if (o instanceof Made made) {
        try {
          made.file().close();
        } catch (IOException ignored) {
          // never written to: nothing to lose
        }
      }
    }
  }
}
