package dev.charcoal.store.whisper;

/** A fetch whose {@code from} is after its {@code until}. */
public final class InvalidTimeIntervalException extends WhisperException {
  private static final long serialVersionUID = 1L;

  public InvalidTimeIntervalException(String message) {
    super(message);
  }
}
