package dev.charcoal.ui.workspace;

import dev.charcoal.ui.chart.PaneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;

/**
 * How the workspace arranges its panes: a tree of splits (as PlotJuggler splits its plot areas)
 * whose leaves are panes. Immutable; every operation returns a new, normalised tree (no split with
 * fewer than two children, no split directly inside one of the same orientation). Dashboards will
 * save this tree.
 */
public sealed interface Layout {
  /** No panes. */
  record Empty() implements Layout {}

  /** One pane. */
  record Leaf(PaneModel pane) implements Layout {
    public Leaf {
      Objects.requireNonNull(pane, "pane");
    }
  }

  /**
   * Panes side by side ({@link Orientation#HORIZONTAL}) or one above the other ({@link
   * Orientation#VERTICAL}).
   */
  record Split(Orientation orientation, List<Layout> children) implements Layout {
    public Split {
      Objects.requireNonNull(orientation, "orientation");
      children = List.copyOf(children);
    }
  }

  /** The layout without panes. */
  static Layout empty() {
    return new Empty();
  }

  /** Every pane, left to right and top to bottom. */
  default List<PaneModel> panes() {
    List<PaneModel> panes = new ArrayList<>();
    collect(this, panes);
    return panes;
  }

  private static void collect(Layout layout, List<PaneModel> into) {
    if (layout instanceof Leaf leaf) {
      into.add(leaf.pane());
    } else if (layout instanceof Split split) {
      split.children().forEach(child -> collect(child, into));
    }
  }

  /**
   * Adds a pane so that the panes stay close to a square grid: rows of up to ⌈√n⌉ panes, a new row
   * when the last one is full.
   */
  default Layout add(PaneModel pane) {
    Leaf leaf = new Leaf(pane);
    if (this instanceof Empty) {
      return leaf;
    }
    List<Layout> rows = rowsOf(this);
    Layout lastRow = rows.get(rows.size() - 1);
    List<Layout> cells =
        lastRow instanceof Split s && s.orientation() == Orientation.HORIZONTAL
            ? s.children()
            : List.of(lastRow);
    int columns = (int) Math.ceil(Math.sqrt(panes().size() + 1));
    List<Layout> newRows = new ArrayList<>(rows);
    if (cells.size() < columns) {
      List<Layout> newCells = new ArrayList<>(cells);
      newCells.add(leaf);
      newRows.set(newRows.size() - 1, new Split(Orientation.HORIZONTAL, newCells));
    } else {
      newRows.add(leaf);
    }
    return normalize(new Split(Orientation.VERTICAL, newRows));
  }

  /** Puts {@code added} next to {@code at}: to its right or below it. */
  default Layout split(PaneModel at, Orientation orientation, PaneModel added) {
    return normalize(
        replace(this, at, new Split(orientation, List.of(new Leaf(at), new Leaf(added)))));
  }

  /** The layout without {@code pane}; its neighbours take its space. */
  default Layout remove(PaneModel pane) {
    return normalize(replace(this, pane, new Empty()));
  }

  private static List<Layout> rowsOf(Layout layout) {
    return layout instanceof Split s && s.orientation() == Orientation.VERTICAL
        ? s.children()
        : List.of(layout);
  }

  private static Layout replace(Layout layout, PaneModel pane, Layout with) {
    if (layout instanceof Leaf leaf) {
      return leaf.pane() == pane ? with : leaf;
    }
    if (layout instanceof Split split) {
      return new Split(
          split.orientation(),
          split.children().stream().map(child -> replace(child, pane, with)).toList());
    }
    return layout;
  }

  private static Layout normalize(Layout layout) {
    if (!(layout instanceof Split split)) {
      return layout;
    }
    List<Layout> children = new ArrayList<>();
    for (Layout child : split.children()) {
      Layout normal = normalize(child);
      if (normal instanceof Empty) {
        continue;
      }
      if (normal instanceof Split inner && inner.orientation() == split.orientation()) {
        children.addAll(inner.children());
      } else {
        children.add(normal);
      }
    }
    return switch (children.size()) {
      case 0 -> new Empty();
      case 1 -> children.get(0);
      default -> new Split(split.orientation(), children);
    };
  }
}
