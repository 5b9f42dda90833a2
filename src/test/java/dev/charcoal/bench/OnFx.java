package dev.charcoal.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs benchmark set-up on the FX thread and waits for it, passing its failure on. */
final class OnFx {
  /** Longer than any set-up takes; a hung toolkit fails the benchmark instead of stalling it. */
  private static final long TIMEOUT_MINUTES = 1;

  private OnFx() {}

  static void run(Runnable work) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            work.run();
            done.complete(null);
          } catch (RuntimeException e) {
            done.completeExceptionally(e);
          }
        });
    done.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
  }
}
