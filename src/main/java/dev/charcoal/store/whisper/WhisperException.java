package dev.charcoal.store.whisper;

import java.io.IOException;

/**
 * Something whisper itself refuses: a corrupt file, a bad archive list, a timestamp out of range.
 */
public sealed class WhisperException extends IOException
    permits CorruptWhisperFileException,
        InvalidConfigurationException,
        TimestampNotCoveredException,
        InvalidTimeIntervalException {
  private static final long serialVersionUID = 1L;

  public WhisperException(String message) {
    super(message);
  }
}
