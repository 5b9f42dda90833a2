package dev.charcoal.ui.tiles;

import dev.charcoal.ui.chart.ValueFormat;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * One tile: its title, the current value with its unit, a sparkline of the period, coloured by the
 * thresholds (the colours are the theme's, through the tile's level class). "No data" when the
 * period holds no value or the target failed. Focusable: Enter edits it, Delete removes it, and so
 * do the context menu and a double click.
 */
public final class TileView extends StackPane {
  /** Tasseo's tiles are 348 × 100; these fit four across a laptop's workspace. */
  public static final double WIDTH = 236;

  public static final double HEIGHT = 112;

  static final double SPARK_HEIGHT = 56;

  static final String NO_DATA = "no data";

  static final String ERROR = "error";

  private final TileSpec spec;
  private final Label title = new Label();
  private final Label value = new Label("…");
  private final Label unit = new Label();

  /** Keeps the sparkline inside the border and its rounded corners. */
  private static final double INSET = 2;

  private final Sparkline spark = new Sparkline(WIDTH - 2 * INSET, SPARK_HEIGHT);
  private final Tooltip tooltip = new Tooltip();
  private TileLevel level;
  private TileReading reading;
  private boolean drawPending;
  private Runnable onEdit = () -> {};
  private Runnable onRemove = () -> {};

  public TileView(TileSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    getStyleClass().add("tile");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    setFocusTraversable(true);

    title.setText(spec.title());
    title.getStyleClass().add("tile-title");
    value.getStyleClass().add("tile-value");
    unit.getStyleClass().add("tile-unit");
    unit.setText(spec.unit());
    HBox number = new HBox(4, value, unit);
    number.setAlignment(Pos.BASELINE_LEFT);
    VBox text = new VBox(0, title, number);
    text.getStyleClass().add("tile-text");
    text.setMouseTransparent(true);
    StackPane.setAlignment(spark, Pos.BOTTOM_CENTER);
    StackPane.setMargin(spark, new Insets(0, 0, INSET, 0));
    getChildren().addAll(spark, text);

    Tooltip.install(this, tooltip);
    setLevel(TileLevel.NO_DATA);
    updateTooltip();
    // the value's colour is the level's (and the theme's): the sparkline follows it
    value.textFillProperty().addListener((obs, was, now) -> redrawSoon());

    MenuItem edit = new MenuItem("Edit tile…");
    edit.setOnAction(e -> onEdit.run());
    MenuItem remove = new MenuItem("Remove tile");
    remove.setOnAction(e -> onRemove.run());
    ContextMenu menu = new ContextMenu(edit, remove);
    setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    setOnMouseClicked(
        e -> {
          requestFocus();
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            onEdit.run();
          }
        });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            onEdit.run();
            e.consume();
          } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            onRemove.run();
            e.consume();
          }
        });
  }

  /** What this tile shows. */
  public TileSpec spec() {
    return spec;
  }

  /** The level of the last reading ({@link TileLevel#NO_DATA} before the first). */
  public TileLevel level() {
    return level;
  }

  /** The value text shown now. */
  public String valueText() {
    return value.getText();
  }

  /** Shows a refresh's reading. FX thread. */
  public void show(TileReading newReading) {
    reading = newReading;
    setLevel(spec.thresholds().classify(newReading.value()));
    value.setText(
        newReading.hasValue()
            ? ValueFormat.format(newReading.value())
            : newReading.error().isEmpty() ? NO_DATA : ERROR);
    unit.setVisible(newReading.hasValue());
    updateTooltip();
    redrawSoon();
  }

  /**
   * Draws the sparkline in the layout pass, which follows the CSS pass in the same frame: the
   * level's colour is known by then, and a refresh that also changes the level draws once.
   */
  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    if (drawPending) {
      drawPending = false;
      redraw();
    }
  }

  private void redrawSoon() {
    drawPending = true;
    requestLayout();
  }

  void setOnEdit(Runnable onEdit) {
    this.onEdit = Objects.requireNonNull(onEdit);
  }

  void setOnRemove(Runnable onRemove) {
    this.onRemove = Objects.requireNonNull(onRemove);
  }

  private void setLevel(TileLevel newLevel) {
    if (newLevel == level) {
      return;
    }
    if (level != null) {
      pseudoClassStateChanged(level.pseudoClass(), false);
    }
    level = newLevel;
    pseudoClassStateChanged(newLevel.pseudoClass(), true);
  }

  private void redraw() {
    if (reading != null) {
      Paint fill = value.getTextFill();
      spark.draw(reading, fill instanceof Color color ? color : Color.GRAY);
    }
  }

  private void updateTooltip() {
    StringBuilder text = new StringBuilder(spec.target());
    if (!spec.description().isEmpty()) {
      text.append("\nNote: ").append(spec.description());
    }
    text.append('\n').append(spec.thresholds().describe());
    if (reading != null && !reading.error().isEmpty()) {
      text.append("\nError: ").append(reading.error());
    } else if (reading != null && reading.seriesCount() > 1) {
      text.append("\nShowing the first of ").append(reading.seriesCount()).append(" series");
    }
    tooltip.setText(text.toString());
  }
}
