package dev.charcoal.ui.chart;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.dnd.TargetTransfer;
import dev.charcoal.ui.task.Slot;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeWindow;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart of the workspace: a header (targets, split, close), the JFreeChart viewer with a
 * crosshair that follows the shared cursor, and a legend. Refreshes run in the background through
 * one {@link Slot}; the FX thread only swaps finished arrays into the chart. Dropping targets on it
 * adds them.
 *
 * <p>Other parts of the window extend a pane through small hooks: controls in its header, an editor
 * below the header, items in the chart's context menu, and a listener for each refresh.
 */
public final class ChartPane extends BorderPane {
  /** Panes never ask for fewer points than this, however narrow. */
  static final int MIN_POINTS = 50;

  /** What a pane asks for before it has been laid out. */
  static final int DEFAULT_POINTS = 800;

  /** A resize re-queries only when the width changed by more than this share. */
  static final double RESIZE_REFRESH_SHARE = 0.1;

  private static final Duration RESIZE_DELAY = Duration.millis(250);
  private static final String DROP_HOVER = "drop-hover";
  private static final String ACTIVE = "active";

  private final PaneModel model;
  private final Backend backend;
  private final Slot refreshes;
  private final DoubleProperty cursor;
  private final PaintPacer pacer;
  private final PaneChart chart;
  private final ChartViewer viewer;
  private final Legend legend;
  private final Line crosshair = new Line();
  private final Label placeholder = new Label();
  private final Label errors = new Label();
  private final Label title = new Label();
  private final MenuButton menu = new MenuButton("⋯");
  private final Set<String> hidden = new HashSet<>();
  private final PauseTransition resizeDelay = new PauseTransition(RESIZE_DELAY);
  private final HBox header;
  private final VBox top;
  private final ObservableList<TargetError> targetErrors = FXCollections.observableArrayList();
  // One view, kept: an unmodifiable view only listens weakly to its list.
  private final ObservableList<TargetError> targetErrorsView =
      FXCollections.unmodifiableObservableList(targetErrors);
  private final List<Consumer<TimeWindow>> refreshListeners = new ArrayList<>();
  private final List<DoubleFunction<List<MenuItem>>> chartMenus = new ArrayList<>();
  private final ContextMenu chartMenu = new ContextMenu();
  private TimeWindow window;
  private int queriedPoints;
  private Consumer<Orientation> onSplit = orientation -> {};
  private Runnable onClose = () -> {};
  private Consumer<TimeWindow> onTimeZoom = zoomed -> {};
  private Runnable onActivated = () -> {};
  private List<MenuItem> extraMenuItems = List.of();
  // Held here and registered weakly on the window-wide cursor and theme, so a closed pane can go.
  private final ChangeListener<Number> cursorListener =
      (obs, was, now) -> showCursor(now.doubleValue());
  private final ChangeListener<Theme> themeListener = (obs, was, now) -> applyColors(now);

  public ChartPane(PaneModel model, PaneContext context) {
    this.model = model;
    this.backend = context.backend();
    this.refreshes = context.tasks().slot();
    this.cursor = context.cursor();
    this.pacer = context.pacer();
    getStyleClass().add("chart-pane");
    ObservableValue<Theme> theme = context.theme();

    chart = new PaneChart(context.zone());
    viewer = new ChartViewer(chart.chart());
    viewer.getStyleClass().add("chart-viewer");
    configureInteraction();
    legend = new Legend(this::toggle);

    crosshair.getStyleClass().add("crosshair");
    crosshair.setVisible(false);
    Pane overlay = new Pane(crosshair);
    overlay.setMouseTransparent(true);
    placeholder.getStyleClass().add("pane-placeholder");
    placeholder.setMouseTransparent(true);
    errors.getStyleClass().add("pane-errors");
    errors.setWrapText(true);
    errors.setMouseTransparent(true);
    StackPane.setAlignment(errors, Pos.TOP_LEFT);
    StackPane body = new StackPane(viewer, overlay, placeholder, errors);
    body.getStyleClass().add("pane-body");
    body.setMinSize(0, 0);

    header = header();
    top = new VBox(header);
    setTop(top);
    setCenter(body);
    setBottom(legend);

    theme.addListener(new WeakChangeListener<>(themeListener));
    chart.applyColors(theme.getValue().chartColors());
    cursor.addListener(new WeakChangeListener<>(cursorListener));
    model.targets().addListener((ListChangeListener<String>) change -> targetsChanged());
    model.overlays().addListener((ListChangeListener<Overlay>) change -> refresh());
    viewer.widthProperty().addListener((obs, was, now) -> resizeDelay.playFromStart());
    resizeDelay.setOnFinished(e -> refreshIfResized());
    addEventFilter(MouseEvent.MOUSE_PRESSED, e -> onActivated.run());
    acceptDrops();
    targetsChanged();
  }

  /** The model this pane shows. */
  public PaneModel model() {
    return model;
  }

  /** Shows {@code newWindow}: queries every target again (also for a refresh of the same one). */
  public void refresh(TimeWindow newWindow) {
    window = Objects.requireNonNull(newWindow);
    refresh();
    for (Consumer<TimeWindow> listener : List.copyOf(refreshListeners)) {
      listener.accept(newWindow);
    }
  }

  /** The window shown (asked for) last, or null before the first refresh. */
  public TimeWindow window() {
    return window;
  }

  /** Calls {@code listener} with the window at every {@link #refresh(TimeWindow)}. */
  public void addRefreshListener(Consumer<TimeWindow> listener) {
    refreshListeners.add(Objects.requireNonNull(listener));
  }

  /** Puts {@code control} in the header, after the title and the controls added before. */
  public void addHeaderControl(Node control) {
    header.getChildren().add(header.getChildren().indexOf(menu), control);
  }

  /** Shows {@code editor} between the header and the chart (it manages its own visibility). */
  public void setEditor(Node editor) {
    top.getChildren().setAll(header, editor);
  }

  /**
   * Adds to the chart's context menu: {@code items} is told the time right-clicked (epoch ms, NaN
   * outside the plot) and gives the items to show.
   */
  public void addChartMenu(DoubleFunction<List<MenuItem>> items) {
    chartMenus.add(Objects.requireNonNull(items));
  }

  /** The targets that failed at the last refresh, in the order sent (read only). */
  public ObservableList<TargetError> targetErrors() {
    return targetErrorsView;
  }

  /** Called with the split direction when the user splits this pane. */
  public void setOnSplit(Consumer<Orientation> onSplit) {
    this.onSplit = Objects.requireNonNull(onSplit);
  }

  /** Called when the user closes this pane. */
  public void setOnClose(Runnable onClose) {
    this.onClose = Objects.requireNonNull(onClose);
  }

  /** Called with the window selected by dragging across the chart. */
  public void setOnTimeZoom(Consumer<TimeWindow> onTimeZoom) {
    this.onTimeZoom = Objects.requireNonNull(onTimeZoom);
  }

  /** Called when the user clicks into this pane (it becomes the target of "open"). */
  public void setOnActivated(Runnable onActivated) {
    this.onActivated = Objects.requireNonNull(onActivated);
  }

  /** Items the pane's menu shows after its targets (export…), while it has targets. */
  public void setExtraMenuItems(List<MenuItem> items) {
    extraMenuItems = List.copyOf(items);
    rebuildMenu();
  }

  /** Marks this pane as the one "open" adds to. */
  public void setActive(boolean active) {
    getStyleClass().remove(ACTIVE);
    if (active) {
      getStyleClass().add(ACTIVE);
    }
  }

  /** The series on the chart now, left axis first (for tests and, later, export). */
  public List<PlotSeries> shownSeries() {
    return chart.shown();
  }

  /** The JFreeChart viewer (for tests and, later, PNG export). */
  public ChartViewer viewer() {
    return viewer;
  }

  private HBox header() {
    title.getStyleClass().add("pane-title");
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    menu.getStyleClass().addAll("pane-menu", "targets-menu");
    menu.setTooltip(new Tooltip("Targets"));
    Button splitRight = headerButton("◫", "Split right", "split-right");
    splitRight.setOnAction(e -> onSplit.accept(Orientation.HORIZONTAL));
    Button splitDown = headerButton("⊟", "Split down", "split-down");
    splitDown.setOnAction(e -> onSplit.accept(Orientation.VERTICAL));
    Button close = headerButton("✕", "Close pane", "close-pane");
    close.setOnAction(e -> onClose.run());
    HBox header = new HBox(4, title, menu, splitRight, splitDown, close);
    header.getStyleClass().add("pane-header");
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static Button headerButton(String text, String tooltip, String styleClass) {
    Button button = new Button(text);
    button.getStyleClass().addAll("pane-button", styleClass);
    button.setTooltip(new Tooltip(tooltip));
    return button;
  }

  private void configureInteraction() {
    ChartCanvas canvas = viewer.getCanvas();
    // Only our zoom: JFreeChart's zoom, pan and wheel handlers would move this chart's axis alone.
    for (String id : List.of("zoom", "pan", "scroll", "tooltip", "anchor", "dispatch")) {
      var handler = canvas.getMouseHandler(id);
      if (handler != null) {
        canvas.removeMouseHandler(handler);
        canvas.removeAuxiliaryMouseHandler(handler);
      }
    }
    canvas.addMouseHandler(
        new DragZoomHandler(
            viewer,
            chart,
            (from, until) ->
                onTimeZoom.accept(
                    new TimeWindow(Instant.ofEpochMilli(from), Instant.ofEpochMilli(until)))));
    canvas.setTooltipEnabled(false);
    // ChartViewer's menu exports to files itself; export belongs to the app's own flow.
    viewer.setOnContextMenuRequested(this::showChartMenu);
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::trackMouse);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::trackMouse);
    canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> cursor.set(Double.NaN));
  }

  private void showChartMenu(ContextMenuEvent e) {
    e.consume();
    Point2D at = viewer.getCanvas().screenToLocal(e.getScreenX(), e.getScreenY());
    Rectangle2D area = PaneChart.dataArea(viewer.getCanvas().getRenderingInfo());
    double time =
        at == null || area == null || at.getX() < area.getMinX() || at.getX() > area.getMaxX()
            ? Double.NaN
            : chart.timeAt(at.getX(), area);
    List<MenuItem> items = new ArrayList<>();
    for (DoubleFunction<List<MenuItem>> menuItems : chartMenus) {
      items.addAll(menuItems.apply(time));
    }
    if (!items.isEmpty()) {
      chartMenu.getItems().setAll(items);
      chartMenu.show(viewer, e.getScreenX(), e.getScreenY());
    }
  }

  private void trackMouse(MouseEvent e) {
    Rectangle2D area = PaneChart.dataArea(viewer.getCanvas().getRenderingInfo());
    if (area == null || e.getX() < area.getMinX() || e.getX() > area.getMaxX()) {
      cursor.set(Double.NaN);
    } else {
      cursor.set(chart.timeAt(e.getX(), area));
    }
  }

  private void showCursor(double millis) {
    legend.showValuesAt(millis);
    Rectangle2D area = PaneChart.dataArea(viewer.getCanvas().getRenderingInfo());
    if (Double.isNaN(millis) || area == null || window == null) {
      crosshair.setVisible(false);
      return;
    }
    double x = chart.xAt(millis, area);
    if (x < area.getMinX() || x > area.getMaxX()) {
      crosshair.setVisible(false);
      return;
    }
    crosshair.setStartX(x);
    crosshair.setEndX(x);
    crosshair.setStartY(area.getMinY());
    crosshair.setEndY(area.getMaxY());
    crosshair.setVisible(true);
  }

  private void applyColors(Theme theme) {
    chart.applyColors(theme.chartColors());
  }

  private void toggle(String key, boolean visible) {
    if (visible) {
      hidden.remove(key);
    } else {
      hidden.add(key);
    }
    chart.setVisible(key, visible);
  }

  private void targetsChanged() {
    List<String> targets = model.targets();
    title.setText(targets.isEmpty() ? "Empty pane" : String.join(", ", targets));
    title.setTooltip(targets.isEmpty() ? null : new Tooltip(String.join("\n", targets)));
    rebuildMenu();
    refresh();
  }

  private void rebuildMenu() {
    List<String> targets = model.targets();
    menu.getItems().clear();
    for (String target : targets) {
      MenuItem remove = new MenuItem("Remove " + target);
      remove.setOnAction(e -> model.targets().remove(target));
      menu.getItems().add(remove);
    }
    if (!targets.isEmpty()) {
      MenuItem clear = new MenuItem("Remove all");
      clear.setOnAction(e -> model.targets().clear());
      menu.getItems().addAll(new SeparatorMenuItem(), clear);
      if (!extraMenuItems.isEmpty()) {
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(extraMenuItems);
      }
    }
    menu.setDisable(targets.isEmpty());
  }

  private void refresh() {
    if (window == null) {
      return;
    }
    List<String> targets = List.copyOf(model.targets());
    List<Overlay> overlays = List.copyOf(model.overlays());
    if (targets.isEmpty()) {
      refreshes.cancel();
      paint(new PaneQuery.Result(PlotData.EMPTY, List.of(), window));
      placeholder.setText("Drag metrics here");
      return;
    }
    int points = maxPoints();
    queriedPoints = points;
    TimeWindow asked = window;
    if (shownSeries().isEmpty()) {
      placeholder.setText("Loading…");
    }
    refreshes.run(
        () -> PaneQuery.run(backend, targets, overlays, asked, points),
        this::show,
        e -> {
          errors.setText("Refresh failed: " + e.getMessage());
          placeholder.setText("");
        });
  }

  private int maxPoints() {
    double width = viewer.getWidth();
    return width <= 0 ? DEFAULT_POINTS : Math.max(MIN_POINTS, (int) Math.round(width));
  }

  private void refreshIfResized() {
    int points = maxPoints();
    if (Math.abs(points - queriedPoints) > queriedPoints * RESIZE_REFRESH_SHARE) {
      refresh();
    }
  }

  private void show(PaneQuery.Result result) {
    pacer.submit(this, result.data().points(), () -> paint(result));
  }

  private void paint(PaneQuery.Result result) {
    chart.show(result.data(), result.window(), hidden);
    legend.setSeries(result.data().legend(), hidden);
    legend.showValuesAt(cursor.get());
    errors.setText(String.join("\n", result.errors().stream().map(TargetError::text).toList()));
    targetErrors.setAll(result.errors());
    boolean empty = result.data().left().isEmpty() && result.data().right().isEmpty();
    placeholder.setText(
        empty && !model.targets().isEmpty() && result.errors().isEmpty() ? "No data" : "");
  }

  private void acceptDrops() {
    setOnDragOver(
        e -> {
          if (e.getGestureSource() != this && TargetTransfer.accepts(e.getDragboard())) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    setOnDragEntered(
        e -> {
          if (TargetTransfer.accepts(e.getDragboard()) && !getStyleClass().contains(DROP_HOVER)) {
            getStyleClass().add(DROP_HOVER);
          }
        });
    setOnDragExited(e -> getStyleClass().remove(DROP_HOVER));
    setOnDragDropped(
        e -> {
          List<String> targets = TargetTransfer.read(e.getDragboard());
          model.addTargets(targets);
          e.setDropCompleted(!targets.isEmpty());
          e.consume();
        });
  }
}
