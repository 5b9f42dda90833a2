package dev.charcoal.ui.dashboard;

/**
 * A dashboard file that cannot be used. The message names where in the file ({@code
 * walls[0].tiles[2].warning: expected a number}) so that it can be fixed by hand.
 */
public final class DashboardFormatException extends Exception {
  public DashboardFormatException(String message) {
    super(message);
  }

  public DashboardFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
