package dev.charcoal.ui.tiles;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.task.BackgroundTasks;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The views of the workspace, one tab each: the chart panes first, then the tile walls. A wall
 * refreshes only while its tab is selected and the window runs ({@link #running()}).
 */
public final class ViewTabs extends TabPane {
  private final Backend backend;
  private final BackgroundTasks tasks;
  private final InstantSource clock;
  private final Tab chartsTab;
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private Runnable onFullScreen = () -> {};

  public ViewTabs(Node charts, Backend backend, BackgroundTasks tasks, InstantSource clock) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    getStyleClass().add("view-tabs");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    chartsTab = new Tab("Charts", charts);
    chartsTab.setId("chartsTab");
    getTabs().add(chartsTab);
  }

  /** Whether the window is running; walls refresh only then. */
  public BooleanProperty running() {
    return running;
  }

  /** Called when a wall asks for full screen. */
  public void setOnFullScreen(Runnable onFullScreen) {
    this.onFullScreen = Objects.requireNonNull(onFullScreen);
  }

  /** The walls, in tab order. */
  public List<TileWall> walls() {
    List<TileWall> walls = new ArrayList<>();
    for (Tab tab : getTabs()) {
      if (tab.getContent() instanceof TileWall wall) {
        walls.add(wall);
      }
    }
    return walls;
  }

  /** Adds a wall after the others and shows it. */
  public TileWall addWall(TileWallSpec spec) {
    TileWall wall = new TileWall(spec, backend, tasks, clock);
    Tab tab = new Tab();
    tab.setContent(wall);
    tab.textProperty().bind(wall.specProperty().map(TileWallSpec::title));
    wall.activeProperty().bind(tab.selectedProperty().and(running));
    wall.setOnFullScreen(() -> onFullScreen.run());
    wall.setOnClose(() -> confirmClose(wall));
    getTabs().add(tab);
    getSelectionModel().select(tab);
    return wall;
  }

  /** Replaces every wall with new ones for {@code specs}; the charts are shown. */
  public void setWalls(List<TileWallSpec> specs) {
    for (TileWall wall : walls()) {
      removeWall(wall);
    }
    for (TileWallSpec spec : specs) {
      addWall(spec);
    }
    getSelectionModel().select(chartsTab);
  }

  /** Closes {@code wall} without asking. */
  public void removeWall(TileWall wall) {
    wall.activeProperty().unbind();
    wall.activeProperty().set(false);
    getTabs().removeIf(tab -> tab.getContent() == wall);
  }

  /** The index of the view shown: 0 for the charts, then the walls. */
  public int selectedView() {
    return Math.max(0, getSelectionModel().getSelectedIndex());
  }

  /** Shows view {@code index} (0 the charts); out of range shows the charts. */
  public void selectView(int index) {
    getSelectionModel().select(index >= 0 && index < getTabs().size() ? index : 0);
  }

  /** The wall shown, if a wall is shown. */
  public Optional<TileWall> selectedWall() {
    Tab tab = getSelectionModel().getSelectedItem();
    return tab != null && tab.getContent() instanceof TileWall wall
        ? Optional.of(wall)
        : Optional.empty();
  }

  private void confirmClose(TileWall wall) {
    int tiles = wall.spec().tiles().size();
    if (tiles > 0) {
      Alert ask =
          new Alert(
              Alert.AlertType.CONFIRMATION,
              "Close \"" + wall.spec().title() + "\" and its " + tiles + " tiles?",
              ButtonType.OK,
              ButtonType.CANCEL);
      ask.setHeaderText(null);
      if (Dialogs.ownedBy(ask, this).showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
        return;
      }
    }
    removeWall(wall);
  }
}
