package dev.charcoal.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.chart.PaneModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import org.junit.jupiter.api.Test;

class LayoutTest {
  static PaneModel pane() {
    return new PaneModel(List.of());
  }

  static Layout grid(List<PaneModel> panes) {
    Layout layout = Layout.empty();
    for (PaneModel pane : panes) {
      layout = layout.add(pane);
    }
    return layout;
  }

  /** The number of panes in each row of a grid layout. */
  static List<Integer> rowSizes(Layout layout) {
    List<Layout> rows =
        layout instanceof Layout.Split s && s.orientation() == Orientation.VERTICAL
            ? s.children()
            : List.of(layout);
    List<Integer> sizes = new ArrayList<>();
    for (Layout row : rows) {
      sizes.add(row.panes().size());
    }
    return sizes;
  }

  @Test
  void theFirstPaneFillsTheWorkspace() {
    PaneModel a = pane();

    assertThat(Layout.empty().add(a)).isEqualTo(new Layout.Leaf(a));
  }

  @Test
  void addedPanesFormANearlySquareGrid() {
    List<PaneModel> panes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      panes.add(pane());
    }

    assertThat(rowSizes(grid(panes.subList(0, 2)))).containsExactly(2);
    assertThat(rowSizes(grid(panes.subList(0, 4)))).containsExactly(2, 2);
    assertThat(rowSizes(grid(panes))).containsExactly(2, 3, 3, 4);
    assertThat(grid(panes).panes()).containsExactlyElementsOf(panes);
  }

  @Test
  void splittingPutsTheNewPaneNextToTheSplitOne() {
    PaneModel a = pane();
    PaneModel b = pane();
    PaneModel c = pane();
    Layout row = grid(List.of(a, b));

    Layout split = row.split(a, Orientation.HORIZONTAL, c);

    // a horizontal split inside a row joins the row, right after a
    assertThat(split)
        .isEqualTo(
            new Layout.Split(
                Orientation.HORIZONTAL,
                List.of(new Layout.Leaf(a), new Layout.Leaf(c), new Layout.Leaf(b))));
    Layout down = row.split(b, Orientation.VERTICAL, c);
    assertThat(down.panes()).containsExactly(a, b, c);
    assertThat(((Layout.Split) down).children().get(1))
        .isEqualTo(
            new Layout.Split(
                Orientation.VERTICAL, List.of(new Layout.Leaf(b), new Layout.Leaf(c))));
  }

  @Test
  void removingAPaneCollapsesItsSplit() {
    PaneModel a = pane();
    PaneModel b = pane();
    PaneModel c = pane();
    Layout layout = grid(List.of(a, b)).split(b, Orientation.VERTICAL, c);

    Layout without = layout.remove(c);

    assertThat(without).isEqualTo(grid(List.of(a, b)));
    assertThat(without.remove(a).remove(b)).isEqualTo(Layout.empty());
  }

  @Test
  void removingAnUnknownPaneChangesNothing() {
    Layout layout = grid(List.of(pane(), pane()));

    assertThat(layout.remove(pane())).isEqualTo(layout);
  }
}
