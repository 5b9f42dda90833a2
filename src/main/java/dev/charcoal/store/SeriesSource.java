package dev.charcoal.store;

import dev.charcoal.model.Series;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a metric's series for queries: its whisper file with the points still in the cache merged
 * over it, as graphite-web merges carbon's cache into a whisper fetch.
 */
public interface SeriesSource {
  /**
   * whisper.fetch of {@code [from, until]} at {@code now} with the cache merged in; empty when the
   * metric has neither a file nor cached points, or the range lies wholly outside its retention.
   *
   * @throws IOException the file exists but cannot be read (named in the message)
   */
  Optional<Series> fetch(String metric, long from, long until, long now) throws IOException;
}
