package dev.charcoal.app.cli;

import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.store.MetricIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * Opens the query side of a data dir for {@code charcoal render} and {@code charcoal find}: an
 * evaluator over its whisper files and an index of its metric names. The composition root ({@link
 * dev.charcoal.app.Main}) supplies the real one.
 */
@FunctionalInterface
public interface QueryEngines {
  /** Until the store's index and the evaluator are wired in, the commands say so and fail. */
  QueryEngines NOT_WIRED =
      (dataDir, clock) -> {
        throw new IOException("the query engine is not part of this build yet");
      };

  /**
   * Opens {@code dataDir} (read-only use).
   *
   * @throws IOException the data dir cannot be read
   */
  QueryEngine open(Path dataDir, InstantSource clock) throws IOException;

  /** An opened data dir's query side; closing releases its files. */
  interface QueryEngine extends AutoCloseable {
    TargetEvaluator evaluator();

    MetricIndex index();

    /** What {@code find --format json} prints as each leaf's intervals. */
    LeafIntervals intervals();

    @Override
    void close() throws IOException;
  }
}
