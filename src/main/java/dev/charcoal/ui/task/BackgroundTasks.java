package dev.charcoal.ui.task;

import dev.charcoal.ui.FxThread;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs backend work on the background executor and hands the result (or the failure) back on the FX
 * thread through {@link FxThread}. Views never block on the backend; they submit here.
 */
public final class BackgroundTasks {
  private final Executor executor;

  public BackgroundTasks(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * Runs {@code work} in the background, then {@code onResult} or {@code onFailure} on the FX
   * thread. Runtime exceptions of {@code work} count as failures too.
   */
  public <T> void run(
      Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
    try {
      executor.execute(() -> runAndHandBack(work, onResult, onFailure));
    } catch (RejectedExecutionException e) {
      // the executor is shut down (the app is closing): nothing will answer, say so once
      FxThread.run(() -> onFailure.accept(e));
    }
  }

  private static <T> void runAndHandBack(
      Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      FxThread.run(() -> onFailure.accept(e));
      return;
    }
    FxThread.run(() -> onResult.accept(result));
  }

  /** A new {@link Slot} for one view's repeated requests. */
  public Slot slot() {
    return new Slot(this);
  }
}
