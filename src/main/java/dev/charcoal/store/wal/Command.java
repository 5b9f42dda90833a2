package dev.charcoal.store.wal;

import java.util.concurrent.CompletableFuture;

/**
 * A request that the writer thread carries out, since it alone does the log's I/O: a thread
 * interrupted in the middle of a {@code FileChannel} call closes the channel, and ingest or
 * persister threads may well be interrupted.
 */
sealed interface Command {
  /** Completed once a request can no longer be carried out (the writer stopped). */
  CompletableFuture<?> done();

  /** Write and fsync everything appended so far; true if that succeeded. */
  record Sync(CompletableFuture<Boolean> done) implements Command {}

  /** Seal the current segment and start the next; completes with the sealed segment's id. */
  record Roll(CompletableFuture<Long> done) implements Command {}

  /** Delete sealed segments up to {@code id}; completes with how many files were deleted. */
  record DeleteThrough(long id, CompletableFuture<Integer> done) implements Command {}
}
