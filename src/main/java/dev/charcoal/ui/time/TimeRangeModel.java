package dev.charcoal.ui.time;

import dev.charcoal.ui.FxThread;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one time range every chart pane shows, with a browser-like history (back, forward) and the
 * refresh that re-resolves a relative range against the clock. Lives on the FX thread.
 *
 * <p>Listeners added with {@link #onWindow} hear every resolution, including a refresh that gives
 * the same window (new data may have arrived).
 */
public final class TimeRangeModel {
  /** How many earlier ranges "back" remembers. */
  public static final int MAX_HISTORY = 50;

  private final InstantSource clock;
  private final ReadOnlyObjectWrapper<TimeRange> range = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
  private final Deque<TimeRange> back = new ArrayDeque<>();
  private final Deque<TimeRange> forward = new ArrayDeque<>();
  private final List<Consumer<TimeWindow>> listeners = new ArrayList<>();
  private TimeWindow window;

  public TimeRangeModel(InstantSource clock, TimeRange initial) {
    this.clock = Objects.requireNonNull(clock, "clock");
    range.set(Objects.requireNonNull(initial, "initial"));
    window = initial.resolve(clock.instant());
  }

  /** The range chosen now. */
  public ReadOnlyObjectProperty<TimeRange> range() {
    return range.getReadOnlyProperty();
  }

  /** The window the range resolved to at the last change or refresh. */
  public TimeWindow window() {
    return window;
  }

  /** Calls {@code listener} with the window after every change and refresh. */
  public void onWindow(Consumer<TimeWindow> listener) {
    listeners.add(listener);
  }

  /** Whether {@link #back} has somewhere to go. */
  public ReadOnlyBooleanProperty canGoBack() {
    return canGoBack.getReadOnlyProperty();
  }

  /** Whether {@link #forward} has somewhere to go. */
  public ReadOnlyBooleanProperty canGoForward() {
    return canGoForward.getReadOnlyProperty();
  }

  /** Chooses a range; the current one goes on the back history and the forward one is cleared. */
  public void set(TimeRange newRange) {
    FxThread.check();
    Objects.requireNonNull(newRange, "newRange");
    if (newRange.equals(range.get())) {
      refresh();
      return;
    }
    push(back, range.get());
    forward.clear();
    show(newRange);
  }

  /** Returns to the range before the last {@link #set}. */
  public void back() {
    FxThread.check();
    if (!back.isEmpty()) {
      push(forward, range.get());
      show(back.pop());
    }
  }

  /** Undoes a {@link #back}. */
  public void forward() {
    FxThread.check();
    if (!forward.isEmpty()) {
      push(back, range.get());
      show(forward.pop());
    }
  }

  /** Resolves the range again (a relative range moves to the clock's now) and tells listeners. */
  public void refresh() {
    FxThread.check();
    window = range.get().resolve(clock.instant());
    for (Consumer<TimeWindow> listener : List.copyOf(listeners)) {
      listener.accept(window);
    }
  }

  private void show(TimeRange newRange) {
    range.set(newRange);
    canGoBack.set(!back.isEmpty());
    canGoForward.set(!forward.isEmpty());
    refresh();
  }

  private static void push(Deque<TimeRange> stack, TimeRange value) {
    stack.push(value);
    if (stack.size() > MAX_HISTORY) {
      stack.removeLast();
    }
  }
}
