package dev.charcoal.api.http;

/**
 * The request itself is wrong (too many fields, a bad body): HTTP 400 with this one-line message.
 */
public final class BadRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
