package dev.charcoal.store.whisper;

/** A single {@code update} whose timestamp is in the future or beyond the file's retention. */
public final class TimestampNotCoveredException extends WhisperException {
  private static final long serialVersionUID = 1L;

  public TimestampNotCoveredException(String message) {
    super(message);
  }
}
