package dev.charcoal.store.whisper;

import java.nio.file.Path;

/**
 * A file that does not parse as whisper. The message names the file and the byte offset of the
 * first field found wrong; nothing is ever written into such a file.
 */
public final class CorruptWhisperFileException extends WhisperException {
  private static final long serialVersionUID = 1L;
  private final transient Path path;
  private final long offset;

  public CorruptWhisperFileException(Path path, long offset, String problem) {
    super(path + ": corrupt whisper file at byte " + offset + ": " + problem);
    this.path = path;
    this.offset = offset;
  }

  public Path path() {
    return path;
  }

  public long offset() {
    return offset;
  }
}
