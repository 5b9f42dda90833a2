package dev.charcoal.ui.time;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Refreshes the time range every interval while switched on (live view). */
public final class AutoRefresh {
  private final TimeRangeModel model;
  private final BooleanProperty enabled = new SimpleBooleanProperty(false);
  private final ObjectProperty<Duration> interval =
      new SimpleObjectProperty<>(TimePresets.DEFAULT_REFRESH);
  private Timeline timeline;

  public AutoRefresh(TimeRangeModel model) {
    this.model = model;
    enabled.addListener((obs, was, on) -> restart());
    interval.addListener((obs, was, now) -> restart());
  }

  /** Whether it runs. */
  public BooleanProperty enabled() {
    return enabled;
  }

  /** How often it refreshes. */
  public ObjectProperty<Duration> interval() {
    return interval;
  }

  /** Whether the timer is running now (for tests and the status bar). */
  public boolean running() {
    return timeline != null && timeline.getStatus() == Animation.Status.RUNNING;
  }

  private void restart() {
    if (timeline != null) {
      timeline.stop();
      timeline = null;
    }
    if (enabled.get()) {
      timeline =
          new Timeline(
              new KeyFrame(
                  javafx.util.Duration.millis(interval.get().toMillis()), e -> model.refresh()));
      timeline.setCycleCount(Animation.INDEFINITE);
      timeline.play();
    }
  }
}
