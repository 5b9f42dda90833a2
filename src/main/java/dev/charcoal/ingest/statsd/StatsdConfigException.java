package dev.charcoal.ingest.statsd;

/**
 * {@code conf/statsd.json} cannot be used; the message names the file and the key, e.g. {@code
 * conf/statsd.json: percentThreshold: expected a number or a list of numbers, got "abc"}.
 */
public final class StatsdConfigException extends Exception {
  public StatsdConfigException(String message) {
    super(message);
  }

  public StatsdConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
