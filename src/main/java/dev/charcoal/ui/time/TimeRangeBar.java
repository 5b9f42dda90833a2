package dev.charcoal.ui.time;

import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The bar above the charts: back and forward through earlier ranges, the range menu (presets from 5
 * minutes to 30 days, and a custom fixed window), the resolved window, a refresh button and the
 * live auto-refresh with its interval.
 */
public final class TimeRangeBar extends HBox {
  private final TimeRangeModel model;
  private final ZoneId zone;
  private final InstantSource clock;
  private final Label windowLabel = new Label();

  public TimeRangeBar(
      TimeRangeModel model, AutoRefresh autoRefresh, ZoneId zone, InstantSource clock) {
    this.model = model;
    this.zone = zone;
    this.clock = clock;
    getStyleClass().add("time-bar");
    setSpacing(6);

    Button back = button("◀", "timeBack", "Back to the previous range");
    back.disableProperty().bind(model.canGoBack().not());
    back.setOnAction(e -> model.back());
    Button forward = button("▶", "timeForward", "Forward again");
    forward.disableProperty().bind(model.canGoForward().not());
    forward.setOnAction(e -> model.forward());

    MenuButton rangeMenu = new MenuButton();
    rangeMenu.setId("timeRange");
    rangeMenu.getStyleClass().add("range-menu");
    for (Duration span : TimePresets.RANGES) {
      MenuItem item = new MenuItem("Last " + Durations.words(span));
      item.setId("preset-" + Durations.shortWords(span));
      item.setOnAction(e -> model.set(new TimeRange.Relative(span)));
      rangeMenu.getItems().add(item);
    }
    MenuItem custom = new MenuItem("Custom range…");
    custom.setId("customRange");
    custom.setOnAction(e -> askCustomRange());
    rangeMenu.getItems().addAll(new SeparatorMenuItem(), custom);
    rangeMenu.textProperty().bind(model.range().map(range -> range.label(zone)));

    windowLabel.setId("timeWindow");
    // a fixed range already shows its dates in the menu button
    windowLabel.visibleProperty().bind(model.range().map(TimeRange.Relative.class::isInstance));
    windowLabel.managedProperty().bind(windowLabel.visibleProperty());
    windowLabel.getStyleClass().add("time-window");
    model.onWindow(this::showWindow);
    showWindow(model.window());

    Button refresh = button("⟳", "refresh", "Refresh now");
    refresh.setOnAction(e -> model.refresh());
    ToggleButton live = new ToggleButton("Auto");
    live.setId("autoRefresh");
    live.setTooltip(new Tooltip("Refresh automatically"));
    live.selectedProperty().bindBidirectional(autoRefresh.enabled());
    ChoiceBox<Duration> interval = new ChoiceBox<>();
    interval.setId("refreshInterval");
    interval.getItems().addAll(TimePresets.REFRESH_INTERVALS);
    interval.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Duration duration) {
            return duration == null ? "" : "every " + Durations.shortWords(duration);
          }

          @Override
          public Duration fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    interval.valueProperty().bindBidirectional(autoRefresh.interval());

    getChildren().addAll(back, forward, rangeMenu, windowLabel, refresh, live, interval);
  }

  private void showWindow(TimeWindow window) {
    windowLabel.setText(
        TimeTexts.format(window.from(), zone) + " – " + TimeTexts.format(window.until(), zone));
  }

  private void askCustomRange() {
    CustomRangeDialog dialog = new CustomRangeDialog(model.window(), zone, clock);
    if (getScene() != null) {
      dialog.initOwner(getScene().getWindow());
      // The dialog has its own scene: give it the window's theme.
      dialog.getDialogPane().getStylesheets().setAll(getScene().getRoot().getStylesheets());
    }
    dialog.showAndWait().ifPresent(model::set);
  }

  private static Button button(String text, String id, String tooltip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tooltip));
    return button;
  }
}
