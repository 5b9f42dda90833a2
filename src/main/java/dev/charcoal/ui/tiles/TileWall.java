package dev.charcoal.ui.tiles;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.chart.PaintPacer;
import dev.charcoal.ui.dnd.TargetTransfer;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import dev.charcoal.ui.time.Durations;
import dev.charcoal.ui.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * A Tasseo-style wall: one tile per target, refreshed every few seconds over a short live period,
 * with a toolbar for the period, the refresh interval, pause, adding tiles and full screen. Tiles
 * are added with the editor or by dropping metrics from the tree, edited and removed from the tile
 * itself. It refreshes only while it is {@link #activeProperty() active} (shown) and not paused;
 * each refresh runs in the background through one {@link Slot}, so a slow backend never stacks
 * refreshes up, and the tiles take the results over a few frames ({@link PaintPacer}), so a big
 * wall never stalls the FX thread.
 */
public final class TileWall extends BorderPane {
  /** The periods offered (Tasseo's live window is 5 minutes; its range buttons go to a week). */
  public static final List<Duration> PERIODS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(3),
          Duration.ofDays(1),
          Duration.ofDays(7));

  /** The refresh intervals offered. */
  public static final List<Duration> REFRESHES =
      List.of(
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1));

  private static final String DROP_HOVER = "drop-hover";

  /**
   * What one tile's update counts for in the paint budget: 50 tiles a frame (TileWallBenchmark: a
   * frame of 50 stays far below 100 ms; all 200 at once came near it on a loaded machine).
   */
  static final long TILE_PAINT_POINTS = PaintPacer.POINTS_PER_FRAME / 50;

  private final Backend backend;
  private final Slot queries;
  private final InstantSource clock;
  private final ReadOnlyObjectWrapper<TileWallSpec> spec = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty active = new SimpleBooleanProperty(false);
  private final BooleanProperty paused = new SimpleBooleanProperty(false);
  private final List<TileView> views = new ArrayList<>();
  private final PaintPacer pacer = new PaintPacer();
  private final FlowPane grid = new FlowPane();
  private final StackPane body;
  private final Label emptyHint =
      new Label("No tiles yet: press + Tile, or drop metrics from the tree here.");
  private final Label titleLabel = new Label();
  private final ChoiceBox<Duration> periodChoice = choices("wallPeriod", PERIODS, "last ");
  private final ChoiceBox<Duration> refreshChoice = choices("wallRefresh", REFRESHES, "every ");
  private Timeline timer;
  private Runnable onFullScreen = () -> {};
  private Runnable onClose = () -> {};

  public TileWall(
      TileWallSpec initial, Backend backend, BackgroundTasks tasks, InstantSource clock) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.queries = tasks.slot();
    this.clock = Objects.requireNonNull(clock, "clock");
    getStyleClass().add("tile-wall");
    grid.getStyleClass().add("tile-grid");
    grid.setHgap(8);
    grid.setVgap(8);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("tile-scroll");
    emptyHint.getStyleClass().add("workspace-empty");
    emptyHint.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    emptyHint.setId("wallEmpty");
    body = new StackPane(scroll);
    setTop(toolbar());
    setCenter(body);
    acceptDrops();

    spec.addListener((obs, was, now) -> specChanged(was, now));
    // null: the choice box clears its value while its items are replaced
    periodChoice
        .valueProperty()
        .addListener((obs, was, now) -> ifChosen(now, p -> setSpec(spec().withPeriod(p))));
    refreshChoice
        .valueProperty()
        .addListener((obs, was, now) -> ifChosen(now, r -> setSpec(spec().withRefresh(r))));
    active.addListener((obs, was, now) -> restartTimer(true));
    paused.addListener((obs, was, now) -> restartTimer(!now));
    setSpec(initial);
  }

  /** The wall as a value; every edit replaces it. */
  public ReadOnlyObjectProperty<TileWallSpec> specProperty() {
    return spec.getReadOnlyProperty();
  }

  public TileWallSpec spec() {
    return spec.get();
  }

  /** Shows {@code newSpec}: tiles that stay keep their last reading, new ones load. */
  public void setSpec(TileWallSpec newSpec) {
    spec.set(Objects.requireNonNull(newSpec, "newSpec"));
  }

  /** Whether the wall is on screen; it refreshes only then. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** Whether live refresh is paused. */
  public BooleanProperty pausedProperty() {
    return paused;
  }

  /** The tile views, in order. */
  public List<TileView> tiles() {
    return List.copyOf(views);
  }

  /** Called when the user asks for full screen. */
  public void setOnFullScreen(Runnable onFullScreen) {
    this.onFullScreen = Objects.requireNonNull(onFullScreen);
  }

  /** Called when the user closes the wall. */
  public void setOnClose(Runnable onClose) {
    this.onClose = Objects.requireNonNull(onClose);
  }

  /** Queries every tile now, for the period up to the clock's now. */
  public void refresh() {
    List<TileSpec> tiles = spec().tiles();
    if (tiles.isEmpty()) {
      queries.cancel();
      return;
    }
    Instant now = clock.instant();
    TimeWindow window = new TimeWindow(now.minus(spec().period()), now);
    int points = (int) TileView.WIDTH;
    queries.run(
        () -> TileQuery.run(backend, tiles, window, points),
        readings -> {
          if (spec().tiles().equals(tiles)) { // else the tiles changed and a refresh follows
            for (int i = 0; i < readings.size(); i++) {
              TileView view = views.get(i);
              TileReading reading = readings.get(i);
              pacer.submit(view, TILE_PAINT_POINTS, () -> view.show(reading));
            }
          }
        },
        failure -> {
          for (TileView view : views) {
            view.show(TileReading.failed(String.valueOf(failure.getMessage())));
          }
        });
  }

  /** Opens the editor for a new tile and adds it at the end. */
  public void addTile() {
    Dialogs.ownedBy(new TileEditor(null), this)
        .showAndWait()
        .ifPresent(tile -> setTiles(withAdded(List.of(tile))));
  }

  private void editTile(TileView view) {
    Dialogs.ownedBy(new TileEditor(view.spec()), this)
        .showAndWait()
        .ifPresent(
            edited -> {
              List<TileSpec> tiles = new ArrayList<>(spec().tiles());
              tiles.set(views.indexOf(view), edited);
              setTiles(tiles);
            });
  }

  private void removeTile(TileView view) {
    int index = views.indexOf(view);
    List<TileSpec> tiles = new ArrayList<>(spec().tiles());
    tiles.remove(index);
    setTiles(tiles);
    if (!views.isEmpty()) {
      views.get(Math.min(index, views.size() - 1)).requestFocus();
    }
  }

  private List<TileSpec> withAdded(List<TileSpec> added) {
    List<TileSpec> tiles = new ArrayList<>(spec().tiles());
    for (TileSpec tile : added) {
      if (tiles.size() < TileWallSpec.MAX_TILES) {
        tiles.add(tile);
      }
    }
    return tiles;
  }

  private void setTiles(List<TileSpec> tiles) {
    setSpec(spec().withTiles(tiles));
  }

  private void specChanged(TileWallSpec was, TileWallSpec now) {
    titleLabel.setText(now.title());
    choose(periodChoice, now.period());
    choose(refreshChoice, now.refresh());
    if (was == null || !was.tiles().equals(now.tiles())) {
      rebuildTiles(now.tiles());
      refresh();
    }
    if (was == null || !was.refresh().equals(now.refresh())) {
      restartTimer(false);
    } else if (!was.period().equals(now.period())) {
      refresh();
    }
  }

  /** New views for the tiles, reusing the view (and its last reading) of a tile that stays. */
  private void rebuildTiles(List<TileSpec> tiles) {
    List<TileView> old = new ArrayList<>(views);
    views.clear();
    for (TileSpec tile : tiles) {
      TileView reused = null;
      for (TileView candidate : old) {
        if (candidate.spec().equals(tile)) {
          reused = candidate;
          break;
        }
      }
      old.remove(reused);
      TileView view = reused != null ? reused : newView(tile);
      views.add(view);
    }
    grid.getChildren().setAll(views);
    body.getChildren().remove(emptyHint);
    if (views.isEmpty()) {
      body.getChildren().add(emptyHint);
    }
  }

  private TileView newView(TileSpec tile) {
    TileView view = new TileView(tile);
    view.setOnEdit(() -> editTile(view));
    view.setOnRemove(() -> removeTile(view));
    return view;
  }

  private void restartTimer(boolean refreshNow) {
    if (timer != null) {
      timer.stop();
      timer = null;
    }
    if (!active.get() || paused.get()) {
      return;
    }
    if (refreshNow) {
      refresh();
    }
    timer =
        new Timeline(
            new KeyFrame(javafx.util.Duration.millis(spec().refresh().toMillis()), e -> refresh()));
    timer.setCycleCount(Animation.INDEFINITE);
    timer.play();
  }

  /** Whether the refresh timer runs now. */
  boolean refreshing() {
    return timer != null && timer.getStatus() == Animation.Status.RUNNING;
  }

  private Region toolbar() {
    titleLabel.getStyleClass().add("wall-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToggleButton pause = new ToggleButton();
    pause.setId("wallPause");
    pause.selectedProperty().bindBidirectional(paused);
    pause.textProperty().bind(paused.map(p -> p ? "Resume" : "Pause"));
    pause.setTooltip(new Tooltip("Pause or resume the live refresh"));
    Button add = new Button("+ Tile");
    add.setId("addTile");
    add.setTooltip(new Tooltip("Add a tile for a target"));
    add.setOnAction(e -> addTile());
    Button full = new Button("Full screen");
    full.setId("wallFullScreen");
    full.setTooltip(new Tooltip("Show only this wall (F11; Esc leaves)"));
    full.setOnAction(e -> onFullScreen.run());
    MenuItem rename = new MenuItem("Rename wall…");
    rename.setId("renameWall");
    rename.setOnAction(e -> rename());
    MenuItem close = new MenuItem("Close wall");
    close.setId("closeWall");
    close.setOnAction(e -> onClose.run());
    MenuButton more = new MenuButton("⋯", null, rename, close);
    more.setId("wallMenu");
    HBox bar = new HBox(6, titleLabel, spacer, periodChoice, refreshChoice, pause, add, full, more);
    bar.getStyleClass().add("wall-toolbar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private void rename() {
    TextInputDialog dialog = new TextInputDialog(spec().title());
    dialog.setTitle("Rename wall");
    dialog.setHeaderText(null);
    dialog.setContentText("Title");
    dialog.getEditor().setId("wallTitleField");
    Dialogs.ownedBy(dialog, this)
        .showAndWait()
        .ifPresent(title -> setSpec(spec().withTitle(title)));
  }

  private void acceptDrops() {
    setOnDragOver(
        e -> {
          if (TargetTransfer.accepts(e.getDragboard())) {
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
          setTiles(withAdded(targets.stream().map(TileSpec::of).toList()));
          e.setDropCompleted(!targets.isEmpty());
          e.consume();
        });
  }

  private static void ifChosen(Duration value, Consumer<Duration> action) {
    if (value != null) {
      action.accept(value);
    }
  }

  /** Selects {@code value}, offering it first if a dashboard brought one not on the list. */
  private static void choose(ChoiceBox<Duration> box, Duration value) {
    if (!box.getItems().contains(value)) {
      List<Duration> items = new ArrayList<>(box.getItems());
      items.add(value);
      items.sort(null);
      box.getItems().setAll(items);
    }
    box.setValue(value);
  }

  private static ChoiceBox<Duration> choices(String id, List<Duration> items, String prefix) {
    ChoiceBox<Duration> box = new ChoiceBox<>();
    box.setId(id);
    box.getItems().setAll(items);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Duration d) {
            return d == null ? "" : prefix + Durations.words(d);
          }

          @Override
          public Duration fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    return box;
  }
}
