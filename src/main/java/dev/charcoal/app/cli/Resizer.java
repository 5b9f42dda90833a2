package dev.charcoal.app.cli;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.WhisperHeader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The resize engine as {@code charcoal whisper resize} calls it; see {@code WhisperResize}. */
@FunctionalInterface
public interface Resizer {
  WhisperHeader resize(
      Path path,
      List<Retention> archives,
      Float xFilesFactor,
      AggregationMethod method,
      boolean aggregate,
      long now,
      boolean keepBackup)
      throws IOException;
}
