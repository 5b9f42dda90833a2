package dev.charcoal.store;

import java.util.List;

/**
 * What {@link MetricStore#delete} did.
 *
 * @param metrics metrics removed from the index, the cache and the disk, file or no file
 * @param files whisper files deleted
 * @param droppedPoints points waiting in the cache that went with them
 * @param errors one line per metric that could not be deleted (it stays, file and points)
 */
public record DeleteReport(int metrics, int files, long droppedPoints, List<String> errors) {
  public DeleteReport {
    errors = List.copyOf(errors);
  }
}
