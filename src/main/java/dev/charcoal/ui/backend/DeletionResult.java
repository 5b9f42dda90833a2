package dev.charcoal.ui.backend;

import java.util.List;

/**
 * What a delete did.
 *
 * @param metrics metrics deleted
 * @param files whisper files deleted
 * @param errors one line per metric that could not be deleted (it stays), or other warnings
 */
public record DeletionResult(int metrics, int files, List<String> errors) {
  public DeletionResult {
    errors = List.copyOf(errors);
  }
}
