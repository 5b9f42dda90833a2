package dev.charcoal.ui.chart;

import dev.charcoal.ui.backend.BackendException;
import java.util.Objects;

/**
 * A target of a pane that did not evaluate at the last refresh.
 *
 * @param target the target as the pane sent it
 * @param message the backend's one-line message
 * @param position where in the target the problem is, or {@link BackendException#NO_POSITION}
 */
public record TargetError(String target, String message, int position) {
  public TargetError {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(message, "message");
  }

  /** How the pane lists it: {@code target: message}. */
  public String text() {
    return target + ": " + message;
  }
}
