package dev.charcoal.ui.workspace;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.PaintPacer;
import dev.charcoal.ui.chart.PaneContext;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.dnd.TargetTransfer;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimeRange;
import dev.charcoal.ui.time.TimeRangeModel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: chart panes arranged by a {@link Layout}, sharing the time range and
 * the crosshair. Panes are added (button, drop on the "new pane" bar or on an empty workspace, or
 * "open" from the tree), split and closed; a drag across any chart zooms every pane.
 */
public final class Workspace extends BorderPane {
  private static final String DROP_HOVER = "drop-hover";

  private final TimeRangeModel time;
  private final PaneContext context;
  private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(Layout.empty());
  private final Map<PaneModel, ChartPane> views = new HashMap<>(); // PaneModel: identity equality
  private final StackPane host = new StackPane();
  private final Label emptyHint =
      new Label("Drag metrics from the tree here, or press Enter on them");
  private final List<Consumer<ChartPane>> paneDecorators = new ArrayList<>();
  private PaneModel active;
  private Consumer<ChartPane> onPaneCreated = pane -> {};

  public Workspace(
      Backend backend,
      BackgroundTasks tasks,
      ZoneId zone,
      TimeRangeModel time,
      ObservableValue<Theme> theme) {
    this.time = time;
    this.context =
        new PaneContext(
            backend, tasks, zone, new SimpleDoubleProperty(Double.NaN), theme, new PaintPacer());
    getStyleClass().add("workspace");
    host.getStyleClass().add("workspace-host");
    emptyHint.setId("emptyWorkspace");
    emptyHint.getStyleClass().add("workspace-empty");
    emptyHint.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    acceptDrops(emptyHint, this::addPane);
    setCenter(host);
    setBottom(newPaneBar());
    time.onWindow(window -> views.values().forEach(pane -> pane.refresh(window)));
    rebuild();
  }

  /** The arrangement of the panes. */
  public ReadOnlyObjectProperty<Layout> layoutProperty() {
    return layout.getReadOnlyProperty();
  }

  /** The crosshair time all panes follow, epoch ms, NaN when the mouse is over none. */
  public DoubleProperty cursor() {
    return context.cursor();
  }

  /** The pane views in layout order. */
  public List<ChartPane> panes() {
    List<ChartPane> panes = new ArrayList<>();
    for (PaneModel model : layout.get().panes()) {
      panes.add(views.get(model));
    }
    return panes;
  }

  /** The pane "open" adds to (the one clicked last), or null when there is none. */
  public ChartPane activePane() {
    return active == null ? null : views.get(active);
  }

  /**
   * Lets another part of the window extend every pane (an editor, menus, markers): {@code
   * decorator} is called with each pane view now and with each one made later.
   */
  public void addPaneDecorator(Consumer<ChartPane> decorator) {
    paneDecorators.add(decorator);
    views.values().forEach(decorator);
  }

  /** Adds a pane showing {@code targets} and makes it the active one. */
  public PaneModel addPane(List<String> targets) {
    PaneModel model = new PaneModel(targets);
    setLayout(layout.get().add(model));
    activate(model);
    return model;
  }

  /** Adds {@code targets} to the active pane, or to a new pane when there is none. */
  public void open(List<String> targets) {
    if (active != null && views.containsKey(active)) {
      active.addTargets(targets);
    } else {
      addPane(targets);
    }
  }

  /** Puts a new empty pane next to {@code pane}. */
  public PaneModel split(PaneModel pane, Orientation orientation) {
    PaneModel added = new PaneModel(List.of());
    setLayout(layout.get().split(pane, orientation, added));
    activate(added);
    return added;
  }

  /** Closes {@code pane}. */
  public void remove(PaneModel pane) {
    setLayout(layout.get().remove(pane));
    if (active == pane) {
      List<PaneModel> left = layout.get().panes();
      activate(left.isEmpty() ? null : left.get(left.size() - 1));
    }
  }

  /**
   * Shows {@code newLayout} instead of the current panes (a dashboard opened); the last pane is
   * active.
   */
  public void replaceLayout(Layout newLayout) {
    setLayout(newLayout);
    List<PaneModel> panes = newLayout.panes();
    activate(panes.isEmpty() ? null : panes.get(panes.size() - 1));
  }

  /** Called with every new pane view, e.g. to add export items to its menu. */
  public void setOnPaneCreated(Consumer<ChartPane> onPaneCreated) {
    this.onPaneCreated = onPaneCreated;
    views.values().forEach(onPaneCreated);
  }

  private void setLayout(Layout newLayout) {
    layout.set(newLayout);
    views.keySet().retainAll(newLayout.panes());
    rebuild();
  }

  private void rebuild() {
    Layout current = layout.get();
    host.getChildren().setAll(current instanceof Layout.Empty ? emptyHint : build(current));
  }

  private Node build(Layout node) {
    if (node instanceof Layout.Leaf leaf) {
      return views.computeIfAbsent(leaf.pane(), this::createView);
    }
    Layout.Split split = (Layout.Split) node;
    SplitPane pane = new SplitPane();
    pane.setOrientation(split.orientation());
    for (Layout child : split.children()) {
      pane.getItems().add(build(child));
    }
    int n = split.children().size();
    double[] dividers = new double[n - 1];
    for (int i = 0; i < dividers.length; i++) {
      dividers[i] = (i + 1) / (double) n;
    }
    pane.setDividerPositions(dividers);
    return pane;
  }

  private ChartPane createView(PaneModel model) {
    ChartPane view = new ChartPane(model, context);
    view.setOnSplit(orientation -> split(model, orientation));
    view.setOnClose(() -> remove(model));
    view.setOnTimeZoom(window -> time.set(new TimeRange.Absolute(window.from(), window.until())));
    view.setOnActivated(() -> activate(model));
    view.setActive(model == active);
    view.refresh(time.window());
    paneDecorators.forEach(decorator -> decorator.accept(view));
    onPaneCreated.accept(view);
    return view;
  }

  private void activate(PaneModel model) {
    active = model;
    views.forEach((m, view) -> view.setActive(m == model));
  }

  private Region newPaneBar() {
    Button add = new Button("+ New pane");
    add.setId("newPane");
    add.setOnAction(e -> addPane(List.of()));
    Label hint = new Label("or drop metrics here for a new pane");
    hint.getStyleClass().add("hint");
    HBox bar = new HBox(8, add, hint);
    bar.setId("newPaneBar");
    bar.getStyleClass().add("new-pane-bar");
    acceptDrops(bar, this::addPane);
    return bar;
  }

  private static void acceptDrops(Region target, Consumer<List<String>> onDrop) {
    target.setOnDragOver(
        e -> {
          if (TargetTransfer.accepts(e.getDragboard())) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    target.setOnDragEntered(
        e -> {
          if (TargetTransfer.accepts(e.getDragboard())
              && !target.getStyleClass().contains(DROP_HOVER)) {
            target.getStyleClass().add(DROP_HOVER);
          }
        });
    target.setOnDragExited(e -> target.getStyleClass().remove(DROP_HOVER));
    target.setOnDragDropped(
        e -> {
          List<String> targets = TargetTransfer.read(e.getDragboard());
          if (!targets.isEmpty()) {
            onDrop.accept(targets);
          }
          e.setDropCompleted(!targets.isEmpty());
          e.consume();
        });
  }
}
