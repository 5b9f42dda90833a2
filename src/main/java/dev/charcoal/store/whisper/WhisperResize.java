package dev.charcoal.store.whisper;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** whisper-resize: rewrites a file with new archives, keeping what data fits. */
public final class WhisperResize {
  private WhisperResize() {}

  /**
   * Resizes {@code path} in place (through {@code path.tmp}, keeping {@code path.bak} when {@code
   * keepBackup}).
   *
   * @param xFilesFactor the new file's xff, or null to keep the old one
   * @param method the new aggregation method, or null to keep the old one
   * @param aggregate false: copy every old archive's points, coarsest first (whisper-resize's
   *     default); true: aggregate the finest available data into each new archive
   * @return the new header
   */
  public static WhisperHeader resize(
      Path path,
      List<Retention> archives,
      Float xFilesFactor,
      AggregationMethod method,
      boolean aggregate,
      long now,
      boolean keepBackup)
      throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
