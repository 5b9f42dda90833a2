package dev.charcoal.ui.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * A pane's legend: one entry per series with its colour, name and value (under the cursor, else the
 * last one); clicking an entry hides or shows the series.
 */
final class Legend extends FlowPane {
  private static final String HIDDEN = "hidden";

  private final BiConsumer<String, Boolean> onToggle;
  private final List<Entry> entries = new ArrayList<>();

  /**
   * @param onToggle told a series key and whether it is now visible
   */
  Legend(BiConsumer<String, Boolean> onToggle) {
    this.onToggle = onToggle;
    getStyleClass().add("legend");
    setHgap(12);
    setVgap(2);
  }

  private final class Entry extends HBox {
    PlotSeries series;
    final Label value = new Label();
    boolean visible;

    Entry(PlotSeries series, boolean visible) {
      this.series = series;
      this.visible = visible;
      getStyleClass().add("legend-entry");
      setAlignment(Pos.CENTER_LEFT);
      setSpacing(4);
      Rectangle swatch = new Rectangle(10, 10, fx(series.style().color()));
      Label name = new Label(series.name());
      name.getStyleClass().add("legend-name");
      value.getStyleClass().add("legend-value");
      getChildren().addAll(swatch, name, value);
      showState();
      setOnMouseClicked(
          e -> {
            this.visible = !this.visible;
            showState();
            onToggle.accept(series.key(), this.visible);
          });
    }

    void showState() {
      if (visible) {
        getStyleClass().remove(HIDDEN);
      } else if (!getStyleClass().contains(HIDDEN)) {
        getStyleClass().add(HIDDEN);
      }
    }
  }

  /**
   * Shows entries for {@code series}; those in {@code hidden} are shown as off. When the series are
   * the same as shown (a refresh), the entries stay and only their data changes: no new nodes to
   * lay out and style on every refresh.
   */
  void setSeries(List<PlotSeries> series, Set<String> hidden) {
    if (sameSeries(series)) {
      for (int i = 0; i < series.size(); i++) {
        entries.get(i).series = series.get(i);
      }
      return;
    }
    entries.clear();
    for (PlotSeries s : series) {
      entries.add(new Entry(s, !hidden.contains(s.key())));
    }
    getChildren().setAll(entries);
  }

  private boolean sameSeries(List<PlotSeries> series) {
    if (series.size() != entries.size()) {
      return false;
    }
    for (int i = 0; i < series.size(); i++) {
      PlotSeries shown = entries.get(i).series;
      if (!shown.key().equals(series.get(i).key())
          || !shown.style().color().equals(series.get(i).style().color())) {
        return false;
      }
    }
    return true;
  }

  /** Shows each series' value at {@code millis}, or its last value when {@code millis} is NaN. */
  void showValuesAt(double millis) {
    for (Entry entry : entries) {
      double v = Double.isNaN(millis) ? entry.series.lastValue() : entry.series.valueAt(millis);
      entry.value.setText(ValueFormat.format(v));
    }
  }

  private static javafx.scene.paint.Color fx(Color c) {
    return javafx.scene.paint.Color.rgb(
        c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
  }
}
