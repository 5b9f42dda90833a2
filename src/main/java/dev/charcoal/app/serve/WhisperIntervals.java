package dev.charcoal.app.serve;

import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * graphite-web's whisper reader intervals for {@code /metrics/find?format=json}: from now minus the
 * file's longest retention to its last modification (not before that start), in float seconds. A
 * metric without a readable file has none.
 */
public final class WhisperIntervals implements LeafIntervals {
  private final Path whisperRoot;
  private final InstantSource clock;

  public WhisperIntervals(Path whisperRoot, InstantSource clock) {
    this.whisperRoot = whisperRoot;
    this.clock = clock;
  }

  @Override
  public List<Interval> of(String metric) {
    if (!(MetricPaths.of(metric) instanceof MetricPath.Mapped mapped)) {
      return List.of();
    }
    try {
      Path file = mapped.under(whisperRoot);
      double start = seconds(clock.instant()) - Whisper.info(file).maxRetention();
      double modified = seconds(Files.getLastModifiedTime(file).toInstant());
      return List.of(new Interval(start, Math.max(modified, start)));
    } catch (IOException | IllegalArgumentException e) {
      return List.of(); // gone, unreadable or damaged: graphite-web's finder skips it too
    }
  }

  private static double seconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }
}
