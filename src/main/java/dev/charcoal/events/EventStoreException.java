package dev.charcoal.events;

/**
 * The events database cannot be used: not an SQLite file, locked by another process for too long,
 * unreadable or full. The message names the file and the cause in one line.
 */
public final class EventStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
