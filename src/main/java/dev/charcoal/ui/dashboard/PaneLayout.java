package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.workspace.Layout;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;

/**
 * The workspace's {@link Layout} as a plain value (a pane is its targets, not a live model), the
 * way a dashboard file holds it.
 */
public sealed interface PaneLayout {
  /** No panes. */
  record Empty() implements PaneLayout {}

  /** One pane: its targets in legend order, and the timeshift overlays of some of them. */
  record Pane(List<String> targets, List<Overlay> overlays) implements PaneLayout {
    public Pane {
      targets = List.copyOf(targets);
      overlays = List.copyOf(overlays);
    }

    /** A pane without overlays. */
    public Pane(List<String> targets) {
      this(targets, List.of());
    }
  }

  /** Panes side by side (horizontal) or stacked (vertical). */
  record Split(Orientation orientation, List<PaneLayout> children) implements PaneLayout {
    public Split {
      Objects.requireNonNull(orientation, "orientation");
      children = List.copyOf(children);
    }
  }

  /** The value of a live layout. */
  static PaneLayout of(Layout layout) {
    if (layout instanceof Layout.Leaf leaf) {
      return new Pane(leaf.pane().targets(), leaf.pane().overlays());
    }
    if (layout instanceof Layout.Split split) {
      return new Split(split.orientation(), split.children().stream().map(PaneLayout::of).toList());
    }
    return new Empty();
  }

  /** A live layout with new pane models for this value. */
  default Layout toLayout() {
    if (this instanceof Pane pane) {
      PaneModel model = new PaneModel(pane.targets());
      pane.overlays().forEach(o -> model.addOverlay(o.base(), o.shift()));
      return new Layout.Leaf(model);
    }
    if (this instanceof Split split) {
      List<Layout> children =
          split.children().stream()
              .map(PaneLayout::toLayout)
              .filter(child -> !(child instanceof Layout.Empty))
              .toList();
      return switch (children.size()) {
        case 0 -> Layout.empty();
        case 1 -> children.get(0);
        default -> new Layout.Split(split.orientation(), children);
      };
    }
    return Layout.empty();
  }
}
