package dev.charcoal.ui.chart;

import java.util.Collection;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What a chart pane shows, apart from the shared time range: its render targets in order. The
 * expression editor, per-pane options and dashboards build on this model, not on the view.
 */
public final class PaneModel {
  private final ObservableList<String> targets = FXCollections.observableArrayList();
  private final ObservableList<Overlay> overlays = FXCollections.observableArrayList();
  private final ObservableList<String> eventTags = FXCollections.observableArrayList();
  private final BooleanProperty showEvents = new SimpleBooleanProperty(true);

  public PaneModel(Collection<String> initialTargets) {
    addTargets(initialTargets);
    // An overlay lives only as long as the target it shifts.
    targets.addListener(
        (ListChangeListener<String>) change -> overlays.removeIf(o -> !targets.contains(o.base())));
  }

  /** The targets, in legend order; changes refresh the pane. */
  public ObservableList<String> targets() {
    return targets;
  }

  /** Adds the targets not there yet (blank ones are ignored); returns whether any was added. */
  public boolean addTargets(Collection<String> newTargets) {
    var added =
        newTargets.stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !targets.contains(t))
            .distinct()
            .toList();
    return targets.addAll(added);
  }

  /**
   * Replaces the target at {@code index} (an edit in the expression editor); its overlays follow
   * the new text.
   *
   * @throws IllegalArgumentException if {@code target} is blank or another target already
   */
  public void replaceTarget(int index, String target) {
    String old = targets.get(index);
    String stripped = target.strip();
    if (stripped.equals(old)) {
      return;
    }
    if (stripped.isEmpty() || targets.contains(stripped)) {
      throw new IllegalArgumentException(
          stripped.isEmpty() ? "empty target" : "already in this pane: " + stripped);
    }
    overlays.replaceAll(o -> o.base().equals(old) ? o.withBase(stripped) : o);
    targets.set(index, stripped);
  }

  /** Timeshift overlays of some of the targets, drawn after them; changes refresh the pane. */
  public ObservableList<Overlay> overlays() {
    return overlays;
  }

  /** Adds an overlay of every target that has none with {@code shift}. */
  public void addOverlays(String shift) {
    // one change, so the pane refreshes once
    overlays.addAll(
        targets.stream()
            .filter(t -> !hasOverlay(t, shift))
            .map(t -> new Overlay(t, shift))
            .toList());
  }

  /** Removes every overlay with {@code shift}. */
  public void removeOverlays(String shift) {
    overlays.removeIf(o -> o.sameShift(shift));
  }

  /** Whether every target has an overlay with {@code shift} (and there is a target). */
  public boolean hasOverlays(String shift) {
    return !targets.isEmpty() && targets.stream().allMatch(t -> hasOverlay(t, shift));
  }

  /** The overlays of {@code target} alone, in the order they were added. */
  public List<Overlay> overlaysOf(String target) {
    return overlays.stream().filter(o -> o.base().equals(target)).toList();
  }

  /** Whether {@code target} has an overlay with {@code shift}. */
  public boolean hasOverlay(String target, String shift) {
    return overlays.stream().anyMatch(o -> o.base().equals(target) && o.sameShift(shift));
  }

  /**
   * Overlays {@code target} alone as it was {@code shift} ago, unless it has that overlay already
   * or is not one of this pane's targets.
   */
  public void addOverlay(String target, String shift) {
    if (targets.contains(target) && !hasOverlay(target, shift)) {
      overlays.add(new Overlay(target, shift));
    }
  }

  /** Removes {@code target}'s overlay with {@code shift}, if it has one. */
  public void removeOverlay(String target, String shift) {
    overlays.removeIf(o -> o.base().equals(target) && o.sameShift(shift));
  }

  /** Tags this pane's event markers are limited to (an event with any of them); empty for all. */
  public ObservableList<String> eventTags() {
    return eventTags;
  }

  /** Whether this pane draws event markers at all. */
  public BooleanProperty showEvents() {
    return showEvents;
  }
}
