package dev.charcoal.ingest;

/**
 * A listener could not start; the message names the listener and the address, e.g. {@code
 * carbon-tcp: cannot listen on 127.0.0.1:2003: address already in use}.
 */
public final class ListenerException extends Exception {
  public ListenerException(String listener, String host, int port, Throwable cause) {
    super(listener + ": cannot listen on " + host + ":" + port + ": " + reason(cause), cause);
  }

  private static String reason(Throwable cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message.toLowerCase();
  }
}
