package dev.charcoal.app.cli;

/** A failure a command found itself (bad input on stdin, say): exit 1 with this message. */
final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
