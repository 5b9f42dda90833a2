package dev.charcoal.query.time;

/** A time string graphite-web would refuse; the message names the string and the reason. */
public final class AtTimeException extends IllegalArgumentException {
  AtTimeException(String message) {
    super(message);
  }
}
