package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.Notices;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import java.io.IOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;

/**
 * Whether the window differs from the dashboard last opened or saved, and the {@link RecoveryFile}
 * kept while it does. It compares snapshots ({@link DashboardBinding#capture()}) instead of
 * listening to every pane, target, overlay and wall: simpler, and a field added to {@link
 * Dashboard} later cannot be missed. A snapshot of a dozen panes costs microseconds, so it is taken
 * every {@link #CHECK_INTERVAL}. A relative range ("last 6 h") is the same snapshot however far
 * "now" has moved, so auto-refresh is no change. FX thread.
 */
final class UnsavedChanges {
  /** How often the window is compared with the saved dashboard (the title's "*" lags this much). */
  static final Duration CHECK_INTERVAL = Duration.millis(250);

  private final DashboardBinding binding;
  private final ObservableStringValue name;
  private final RecoveryFile recovery;
  private final Slot recoveryWrites;
  private final Notices notices;
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
  private final Timeline timer = new Timeline(new KeyFrame(CHECK_INTERVAL, e -> check()));
  private Dashboard saved;

  /** What the recovery file was last asked to hold; null when it was asked to go. */
  private RecoveryFile.Content recovered;

  /** Whether the last recovery write failed (said once, not at every change). */
  private boolean failing;

  UnsavedChanges(
      DashboardBinding binding,
      ObservableStringValue name,
      RecoveryFile recovery,
      BackgroundTasks tasks,
      Notices notices) {
    this.binding = binding;
    this.name = name;
    this.recovery = recovery;
    this.recoveryWrites = tasks.slot();
    this.notices = notices;
    timer.setCycleCount(Animation.INDEFINITE);
  }

  /** Whether the window differs from the saved dashboard, as of the last check. */
  ReadOnlyBooleanProperty modified() {
    return modified.getReadOnlyProperty();
  }

  /** Starts the periodic checks. */
  void start() {
    timer.play();
  }

  /** Stops them. */
  void stop() {
    timer.stop();
  }

  /**
   * The window now shows {@code dashboard} as it is saved (opened, saved, a new one); null when
   * nothing saved matches what it shows (recovered changes of a dashboard never saved).
   */
  void markSaved(Dashboard dashboard) {
    saved = dashboard;
    check();
  }

  /**
   * Compares the window with the saved dashboard now, and keeps the recovery file in step: written
   * when the window changed since, removed when it is back to the saved state.
   *
   * @return whether there are unsaved changes
   */
  boolean check() {
    Dashboard now = binding.capture();
    boolean changed = !now.sameContent(saved);
    modified.set(changed);
    if (changed) {
      RecoveryFile.Content content = new RecoveryFile.Content(name.get(), now);
      if (!content.equals(recovered)) {
        recovered = content;
        recoveryWrites.run(
            () -> {
              recovery.write(content);
              return content;
            },
            done -> failing = false,
            this::writeFailed);
      }
    } else if (recovered != null) {
      recovered = null;
      recoveryWrites.run(this::delete, done -> failing = false, this::writeFailed);
    }
    return changed;
  }

  /**
   * Removes the recovery file for good (the window closes: saved, or the changes dropped), then
   * runs {@code then}, also when the file could not be removed: closing must not depend on it.
   */
  void dropRecovery(Runnable then) {
    stop();
    recovered = null;
    recoveryWrites.run(this::delete, done -> then.run(), e -> then.run());
  }

  private Void delete() throws IOException {
    recovery.delete();
    return null;
  }

  private void writeFailed(Exception e) {
    if (!failing) {
      failing = true;
      notices.error(
          "Cannot keep unsaved changes in "
              + recovery.path()
              + " (they would be lost in a crash): "
              + e.getMessage());
    }
  }
}
