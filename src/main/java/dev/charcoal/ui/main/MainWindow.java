package dev.charcoal.ui.main;

import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.editor.Editors;
import dev.charcoal.ui.events.Events;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.AutoRefresh;
import dev.charcoal.ui.time.TimePresets;
import dev.charcoal.ui.time.TimeRange;
import dev.charcoal.ui.time.TimeRangeBar;
import dev.charcoal.ui.time.TimeRangeModel;
import dev.charcoal.ui.tree.MetricTree;
import dev.charcoal.ui.workspace.Workspace;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The main window's content: the time-range bar on top, the metric tree on the left, the workspace
 * of chart panes in the centre, the status bar below. It only wires the parts together; each part
 * owns its behaviour.
 */
public final class MainWindow extends BorderPane {
  private static final double TREE_SHARE = 0.22;

  private final TimeRangeModel time;
  private final AutoRefresh autoRefresh;
  private final MetricTree tree;
  private final Workspace workspace;
  private final StatusBar statusBar;
  private final Editors editors;
  private final Events events;
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

  public MainWindow(UiServices services, Path dataDir) {
    getStyleClass().add("main-window");
    BackgroundTasks tasks = new BackgroundTasks(services.background());
    time = new TimeRangeModel(services.clock(), new TimeRange.Relative(TimePresets.DEFAULT_RANGE));
    autoRefresh = new AutoRefresh(time);
    tree = new MetricTree(services.backend(), tasks);
    workspace = new Workspace(services.backend(), tasks, services.zone(), time, theme);
    statusBar = new StatusBar(services.backend(), tasks, services.clock(), dataDir);
    tree.setOnOpen(workspace::open);
    editors = new Editors(services.backend(), tasks);
    events = new Events(services.backend(), tasks, services.clock(), services.zone());
    workspace.addPaneDecorator(editors::attach);
    workspace.addPaneDecorator(events::attach);

    TimeRangeBar timeBar = new TimeRangeBar(time, autoRefresh, services.zone(), services.clock());
    HBox.setHgrow(timeBar, Priority.ALWAYS);
    Button themeToggle = new Button();
    themeToggle.setId("themeToggle");
    themeToggle.setTooltip(new Tooltip("Light or dark"));
    themeToggle.textProperty().bind(theme.map(t -> t == Theme.LIGHT ? "☾ Dark" : "☀ Light"));
    themeToggle.setOnAction(e -> theme.set(theme.get().toggled()));
    Button addEvent = new Button("⚑ Event");
    addEvent.setId("addEvent");
    addEvent.setTooltip(new Tooltip("Add an event now (Ctrl+Shift+E)"));
    addEvent.setOnAction(e -> events.addNow(this));
    HBox top = new HBox(8, timeBar, addEvent, themeToggle);
    top.getStyleClass().add("top-bar");

    SplitPane center = new SplitPane(tree, workspace);
    center.setDividerPositions(TREE_SHARE);
    SplitPane.setResizableWithParent(tree, false);

    setTop(top);
    setCenter(center);
    setBottom(statusBar);

    getStylesheets().add(Theme.baseStylesheetUrl());
    applyTheme(theme.get());
    theme.addListener((obs, was, now) -> applyTheme(now));
    sceneProperty()
        .addListener(
            (obs, was, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> tree.filterField().requestFocus());
                installPaneShortcuts(scene);
              }
            });
  }

  /**
   * Ctrl+E edits the active pane's targets, Ctrl+Shift+E adds an event, Ctrl+Shift+D and
   * Ctrl+Shift+W compare the active pane with a day and a week ago (Cmd on macOS).
   */
  private void installPaneShortcuts(Scene scene) {
    var accelerators = scene.getAccelerators();
    accelerators.put(
        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
        () -> editors.edit(workspace.activePane()));
    accelerators.put(
        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        () -> events.addNow(this));
    for (var shortcut :
        java.util.Map.of(KeyCode.D, Overlay.DAY, KeyCode.W, Overlay.WEEK).entrySet()) {
      accelerators.put(
          new KeyCodeCombination(
              shortcut.getKey(), KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
          () -> {
            ChartPane pane = workspace.activePane();
            if (pane != null) {
              Editors.toggleShift(pane.model(), shortcut.getValue());
            }
          });
    }
  }

  /** Starts the periodic work (status polling); call once the window shows. */
  public void start() {
    statusBar.start();
  }

  /** Stops the periodic work. */
  public void stop() {
    statusBar.stop();
    autoRefresh.enabled().set(false);
  }

  /** The theme in use; setting it restyles the window and the charts. */
  public ObjectProperty<Theme> theme() {
    return theme;
  }

  public TimeRangeModel time() {
    return time;
  }

  public AutoRefresh autoRefresh() {
    return autoRefresh;
  }

  public MetricTree tree() {
    return tree;
  }

  public Workspace workspace() {
    return workspace;
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  private void applyTheme(Theme newTheme) {
    for (Theme t : Theme.values()) {
      getStylesheets().remove(t.stylesheetUrl());
    }
    getStylesheets().add(newTheme.stylesheetUrl());
  }
}
