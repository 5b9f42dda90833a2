package dev.charcoal.ui.main;

import dev.charcoal.ui.Notices;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.dashboard.DashboardBinding;
import dev.charcoal.ui.dashboard.DashboardController;
import dev.charcoal.ui.editor.Editors;
import dev.charcoal.ui.events.Events;
import dev.charcoal.ui.export.PaneExport;
import dev.charcoal.ui.export.SaveLocation;
import dev.charcoal.ui.settings.SettingsController;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.tiles.ViewTabs;
import dev.charcoal.ui.time.AutoRefresh;
import dev.charcoal.ui.time.TimePresets;
import dev.charcoal.ui.time.TimeRange;
import dev.charcoal.ui.time.TimeRangeBar;
import dev.charcoal.ui.time.TimeRangeModel;
import dev.charcoal.ui.tree.MetricTree;
import dev.charcoal.ui.workspace.Workspace;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window's content: the menu bar and the time-range bar on top, the metric tree on the
 * left, the views (the workspace of chart panes, then the tile walls) in the centre, the status bar
 * below. It only wires the parts together; each part owns its behaviour. F11 shows the current view
 * alone, full screen; Esc leaves.
 */
public final class MainWindow extends BorderPane {
  private static final double TREE_SHARE = 0.22;

  /** Walls reachable by Shortcut+2 … Shortcut+9. */
  private static final int MAX_VIEW_SHORTCUT = 8;

  /** How long an information notice stays; problems stay until the next notice. */
  private static final Duration NOTICE_TIME = Duration.seconds(8);

  private final TimeRangeModel time;
  private final AutoRefresh autoRefresh;
  private final MetricTree tree;
  private final Workspace workspace;
  private final StatusBar statusBar;
  private final Editors editors;
  private final Events events;
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private final ViewTabs views;
  private final DashboardController dashboards;
  private final PaneExport export;
  private final SettingsController settings;
  private final Label notice = new Label();
  private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);
  private final BooleanProperty fullScreen = new SimpleBooleanProperty(false);
  private final VBox top;
  private final SplitPane center;
  private final EventHandler<KeyEvent> escapeLeavesFullScreen =
      e -> {
        // the menu bar, and with it F11's accelerator, is hidden in full screen
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
          fullScreen.set(false);
          e.consume();
        }
      };
  private final ChangeListener<Boolean> stageLeftFullScreen =
      (obs, was, now) -> {
        if (!now) {
          fullScreen.set(false);
        }
      };

  public MainWindow(UiServices services, Path dataDir) {
    getStyleClass().add("main-window");
    BackgroundTasks tasks = new BackgroundTasks(services.background());
    time = new TimeRangeModel(services.clock(), new TimeRange.Relative(TimePresets.DEFAULT_RANGE));
    autoRefresh = new AutoRefresh(time);
    tree = new MetricTree(services.backend(), tasks, services.zone());
    workspace = new Workspace(services.backend(), tasks, services.zone(), time, theme);
    statusBar = new StatusBar(services.backend(), tasks, services.clock(), dataDir);
    statusBar.setOnIndexed(tree::refresh); // the rest of the data dir's metrics, at once
    tree.setOnOpen(workspace::open);
    editors = new Editors(services.backend(), tasks);
    events = new Events(services.backend(), tasks, services.clock(), services.zone());
    workspace.addPaneDecorator(editors::attach);
    workspace.addPaneDecorator(events::attach);

    TimeRangeBar timeBar = new TimeRangeBar(time, autoRefresh, services.zone(), services.clock());
    Button themeToggle = new Button();
    themeToggle.setId("themeToggle");
    themeToggle.setTooltip(new Tooltip("Light or dark"));
    themeToggle.textProperty().bind(theme.map(t -> t == Theme.LIGHT ? "☾ Dark" : "☀ Light"));
    themeToggle.setOnAction(e -> theme.set(theme.get().toggled()));
    Button addEvent = new Button("⚑ Event");
    addEvent.setId("addEvent");
    addEvent.setTooltip(new Tooltip("Add an event now (Ctrl+Shift+E)"));
    addEvent.setOnAction(e -> events.addNow(this));
    notice.setId("notice");
    notice.getStyleClass().add("notice");
    // the notice takes the room the controls leave, never theirs: a long one is cut (its tooltip
    // has it whole) instead of squeezing the time bar and the buttons to "…"
    notice.setMinWidth(0);
    notice.setPrefWidth(0);
    notice.setMaxWidth(Double.MAX_VALUE);
    notice.setAlignment(Pos.CENTER_RIGHT);
    HBox.setHgrow(notice, Priority.ALWAYS);
    noticeTimer.setOnFinished(e -> notice.setText(""));
    HBox bar = new HBox(8, timeBar, notice, addEvent, themeToggle);
    bar.getStyleClass().add("top-bar");

    Notices notices = this::showNotice;
    views = new ViewTabs(workspace, services.backend(), tasks, services.clock());
    views.setOnFullScreen(() -> fullScreen.set(!fullScreen.get()));
    dashboards =
        new DashboardController(
            dataDir,
            tasks,
            notices,
            new DashboardBinding(workspace, time, autoRefresh, views),
            theme,
            this);
    export =
        new PaneExport(
            services.backend(), tasks, services.zone(), SaveLocation.fileChooser(), notices);
    workspace.setOnPaneCreated(
        pane -> pane.setExtraMenuItems(export.menuItems(() -> pane, time::window, false)));
    settings = new SettingsController(services.backend(), tasks, notices, theme, this);
    MenuBar menus = new MenuBar(fileMenu(), viewMenu());
    menus.setId("menuBar");
    top = new VBox(menus, bar);

    center = new SplitPane(tree, views);
    center.setDividerPositions(TREE_SHARE);
    SplitPane.setResizableWithParent(tree, false);
    fullScreen.addListener((obs, was, now) -> showFullScreen(now));

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
                // Shortcut+1 (the menu) shows the charts, Shortcut+2 … 9 the walls
                for (int view = 1; view <= MAX_VIEW_SHORTCUT; view++) {
                  int index = view;
                  scene
                      .getAccelerators()
                      .put(
                          new KeyCodeCombination(
                              KeyCode.getKeyCode(Integer.toString(view + 1)),
                              KeyCombination.SHORTCUT_DOWN),
                          () -> views.selectView(index));
                }
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

  /**
   * Starts the periodic work (status polling, the shown tile wall) and reopens the last dashboard;
   * call once the window shows.
   */
  public void start() {
    statusBar.start();
    views.running().set(true);
    dashboards.start();
  }

  /** Stops the periodic work. */
  public void stop() {
    statusBar.stop();
    dashboards.stop();
    autoRefresh.enabled().set(false);
    views.running().set(false);
  }

  /**
   * The window is asked to close (its close button, File ▸ Quit): unsaved dashboard changes are
   * offered for saving first, and {@code closeWindow} runs unless the user cancels or the save
   * fails.
   */
  public void requestClose(Runnable closeWindow) {
    dashboards.close(closeWindow);
  }

  /** The views: the chart workspace, then the tile walls. */
  public ViewTabs views() {
    return views;
  }

  /** The dashboard menu's actions and the name of the open dashboard. */
  public DashboardController dashboards() {
    return dashboards;
  }

  /** Exports of the chart panes (File ▸ Export Pane and each pane's menu). */
  public PaneExport paneExport() {
    return export;
  }

  /** Whether the current view is shown alone (F11; Esc leaves). */
  public BooleanProperty fullScreen() {
    return fullScreen;
  }

  /** Shows a one-line notice above the views; a problem stays until the next notice. */
  public void showNotice(String text, boolean error) {
    notice.setText(text);
    notice.setTooltip(new Tooltip(text));
    notice.getStyleClass().remove("notice-error");
    if (error) {
      notice.getStyleClass().add("notice-error");
      noticeTimer.stop();
    } else {
      noticeTimer.playFromStart();
    }
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

  private Menu fileMenu() {
    Menu file = dashboards.menu();
    file.setText("_File");
    Menu exportMenu = new Menu("Export Pane");
    exportMenu.setId("exportMenu");
    exportMenu.getItems().addAll(export.menuItems(workspace::activePane, time::window, true));
    file.getItems().addAll(new SeparatorMenuItem(), exportMenu);
    file.getItems().addAll(new SeparatorMenuItem(), settings.menuItem());
    MenuItem quit = new MenuItem("Quit");
    quit.setId("quit");
    quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    quit.setOnAction(e -> requestClose(() -> getScene().getWindow().hide()));
    file.getItems().addAll(new SeparatorMenuItem(), quit);
    return file;
  }

  private Menu viewMenu() {
    MenuItem charts = new MenuItem("Charts");
    charts.setId("showCharts");
    charts.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
    charts.setOnAction(e -> views.selectView(0));
    MenuItem wall = new MenuItem("New Tile Wall");
    wall.setId("newWall");
    wall.setAccelerator(
        new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    wall.setOnAction(
        e -> views.addWall(TileWallSpec.empty("Tile wall " + (views.walls().size() + 1))));
    MenuItem full = new MenuItem("Full Screen");
    full.setId("toggleFullScreen");
    full.setAccelerator(new KeyCodeCombination(KeyCode.F11));
    full.setOnAction(e -> fullScreen.set(!fullScreen.get()));
    Menu view = new Menu("_View", null, charts, wall, new SeparatorMenuItem(), full);
    view.setId("viewMenu");
    return view;
  }

  /** The current view alone on the screen, or everything back in place. */
  private void showFullScreen(boolean on) {
    Stage stage = getScene() != null && getScene().getWindow() instanceof Stage s ? s : null;
    if (on) {
      center.getItems().remove(views);
      setTop(null);
      setBottom(null);
      setCenter(views);
      views.getStyleClass().add("full-screen");
      if (getScene() != null) {
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, escapeLeavesFullScreen);
      }
      if (stage != null) {
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(stageLeftFullScreen);
      }
    } else {
      if (getScene() != null) {
        getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escapeLeavesFullScreen);
      }
      if (stage != null) {
        stage.fullScreenProperty().removeListener(stageLeftFullScreen);
        stage.setFullScreen(false);
      }
      views.getStyleClass().remove("full-screen");
      setCenter(null);
      center.getItems().add(views);
      center.setDividerPositions(TREE_SHARE);
      setTop(top);
      setCenter(center);
      setBottom(statusBar);
    }
  }

  private void applyTheme(Theme newTheme) {
    for (Theme t : Theme.values()) {
      getStylesheets().remove(t.stylesheetUrl());
    }
    getStylesheets().add(newTheme.stylesheetUrl());
  }
}
