package dev.charcoal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes metrics from a running store. Runs on the persister's thread, between two writes, so no
 * write is under way: the open files are closed and pending creates cancelled, the files deleted
 * (on the creator's thread, after the creates asked before), then the cached points dropped and the
 * names taken out of the index.
 *
 * <p>Points that arrive while this runs may go with the metric; points that arrive after start a
 * new cache entry, which puts the name back in the index and makes a new file, as for any new
 * metric. The index is cleared after the cache for that reason: a name put back by such a point
 * between the two would otherwise be lost from the index while its points wait in the cache.
 */
final class MetricDeletion {
  private MetricDeletion() {}

  static DeleteReport run(
      Collection<String> metrics,
      Path whisperRoot,
      MetricCache cache,
      WhisperFiles files,
      MetricIndex index)
      throws IOException {
    List<String> errors = new ArrayList<>();
    Map<String, Path> located = new LinkedHashMap<>();
    for (String metric : metrics) {
      try {
        if (MetricPaths.of(metric) instanceof MetricPath.Mapped mapped) {
          located.put(mapped.name().normalized(), mapped.under(whisperRoot));
        } else {
          errors.add(metric + ": not a name a whisper file can have");
        }
      } catch (IllegalArgumentException e) {
        errors.add(metric + ": " + e.getMessage());
      }
    }
    FileRemoval.Result removed = files.delete(located);
    int gone = 0;
    long dropped = 0;
    for (String metric : located.keySet()) {
      String failure = removed.failed().get(metric);
      if (failure != null) {
        errors.add(metric + ": " + failure);
        continue;
      }
      dropped += cache.drain(metric).map(d -> d.points().count()).orElse(0);
      if (index != null) {
        index.remove(metric);
        if (cache.contains(metric)) {
          index.add(metric); // a point arrived since the drain: the metric lives on
        }
      }
      gone++;
    }
    return new DeleteReport(gone, removed.deleted().size(), dropped, errors);
  }
}
