package dev.charcoal.ui.task;

import dev.charcoal.ui.FxThread;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One view's requests (a chart pane's refreshes, the tree filter's searches), at most one in the
 * background at a time. A request made while another runs waits; if several wait, only the newest
 * is kept; and the running one's result is dropped when a newer request waits, so a slow backend
 * never makes a view paint an outdated answer over a newer question, nor piles up work. Used on the
 * FX thread only.
 */
public final class Slot {
  private final BackgroundTasks tasks;
  private Request<?> running;
  private Request<?> waiting;

  Slot(BackgroundTasks tasks) {
    this.tasks = tasks;
  }

  private record Request<T>(
      Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {}

  /** Requests {@code work}; its result or failure comes back on the FX thread unless superseded. */
  public <T> void run(
      Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
    FxThread.check();
    Request<T> request = new Request<>(work, onResult, onFailure);
    if (running != null) {
      waiting = request;
    } else {
      start(request);
    }
  }

  /** Forgets the waiting request and drops the running one's result. */
  public void cancel() {
    FxThread.check();
    waiting = null;
    running = null;
  }

  /** Whether a request is running or waiting. */
  public boolean busy() {
    return running != null || waiting != null;
  }

  private <T> void start(Request<T> request) {
    running = request;
    tasks.run(
        request.work(),
        result -> finish(request, () -> request.onResult().accept(result)),
        failure -> finish(request, () -> request.onFailure().accept(failure)));
  }

  private void finish(Request<?> request, Runnable deliver) {
    if (running != request) {
      return; // cancelled: a newer request may already run in this slot
    }
    running = null;
    if (waiting != null) {
      Request<?> next = waiting;
      waiting = null;
      start(next);
    } else {
      deliver.run();
    }
  }
}
