package dev.charcoal.ui.backend;

/**
 * A backend call that failed in a way the user should read: a target that does not parse or
 * evaluate, an unreadable store. The message is one line.
 */
public final class BackendException extends Exception {
  /** The {@link #position()} of an error that has none. */
  public static final int NO_POSITION = -1;

  private final int position;

  public BackendException(String message) {
    this(message, NO_POSITION, null);
  }

  /**
   * @param position the character offset in the target where parsing failed, or {@link
   *     #NO_POSITION}
   */
  public BackendException(String message, int position, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  /** Where in the target the error is, or {@link #NO_POSITION}. */
  public int position() {
    return position;
  }
}
