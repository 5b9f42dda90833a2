package dev.charcoal.store.whisper;

/** An archive list or create/resize parameter whisper would refuse, with whisper's message. */
public final class InvalidConfigurationException extends WhisperException {
  private static final long serialVersionUID = 1L;

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
