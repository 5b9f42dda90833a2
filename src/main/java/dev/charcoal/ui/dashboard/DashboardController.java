package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.Notices;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimePresets;
import dev.charcoal.ui.time.TimeRange;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Dashboard menu and what it does: new, open, open recent, save, save as; reopening the last
 * dashboard when the window starts, and remembering the theme. Files are read and written in the
 * background ({@link DashboardFiles}, {@link AppStateFile}); a file that cannot be read leaves the
 * workspace as it was and says why. Before the workspace is replaced, unsaved changes are
 * confirmed.
 */
public final class DashboardController {
  private final DashboardFiles files;
  private final AppStateFile stateFile;
  private final BackgroundTasks tasks;
  private final Slot stateWrites;
  private final Notices notices;
  private final DashboardBinding binding;
  private final ObjectProperty<Theme> theme;
  private final Node owner;
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
  private final Menu recentMenu = new Menu("Open Recent");
  private AppState state = AppState.INITIAL;
  private Dashboard saved;

  public DashboardController(
      Path dataDir,
      BackgroundTasks tasks,
      Notices notices,
      DashboardBinding binding,
      ObjectProperty<Theme> theme,
      Node owner) {
    this.files = new DashboardFiles(dataDir);
    this.stateFile = new AppStateFile(dataDir);
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.stateWrites = tasks.slot();
    this.notices = Objects.requireNonNull(notices, "notices");
    this.binding = Objects.requireNonNull(binding, "binding");
    this.theme = Objects.requireNonNull(theme, "theme");
    this.owner = owner;
    recentMenu.setId("recentMenu");
    updateRecentMenu();
  }

  /** The open dashboard's name, {@code ""} when it has not been saved yet. */
  public ReadOnlyStringProperty name() {
    return name.getReadOnlyProperty();
  }

  /** The Dashboard menu, with its accelerators. */
  public Menu menu() {
    MenuItem newItem = item("New", "newDashboard", KeyCode.N, false, this::newDashboard);
    MenuItem open = item("Open…", "openDashboard", KeyCode.O, false, this::chooseAndOpen);
    MenuItem save = item("Save", "saveDashboard", KeyCode.S, false, this::save);
    MenuItem saveAs = item("Save As…", "saveDashboardAs", KeyCode.S, true, this::saveAs);
    Menu menu =
        new Menu(
            "Dashboard", null, newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs);
    menu.setId("dashboardMenu");
    return menu;
  }

  /**
   * Reads the remembered state: applies the theme, then reopens the last dashboard. Call once when
   * the window shows; until then the window shows what it was started with.
   */
  public void start() {
    theme.addListener((obs, was, now) -> rememberTheme(now));
    saved = binding.capture();
    tasks.run(
        stateFile::read,
        read -> {
          state = read;
          updateRecentMenu();
          theme.set(read.theme());
          if (!read.last().isEmpty()) {
            open(read.last());
          }
        },
        e -> notices.error(e.getMessage()));
  }

  /** Whether the window differs from the dashboard last opened or saved. */
  public boolean hasUnsavedChanges() {
    return saved == null || !saved.equals(binding.capture());
  }

  /** Replaces the workspace with one empty pane (after confirming unsaved changes). */
  public void newDashboard() {
    if (!confirmDiscard()) {
      return;
    }
    binding.apply(
        new Dashboard(
            new TimeRange.Relative(TimePresets.DEFAULT_RANGE),
            false,
            TimePresets.DEFAULT_REFRESH,
            new PaneLayout.Pane(List.of()),
            List.of(),
            0));
    name.set("");
    saved = binding.capture();
  }

  /** Opens dashboard {@code dashboardName} (after confirming unsaved changes). */
  public void open(String dashboardName) {
    if (!confirmDiscard()) {
      return;
    }
    tasks.run(
        () -> files.read(dashboardName),
        dashboard -> {
          binding.apply(dashboard);
          name.set(dashboardName);
          saved = binding.capture();
          remember(state.used(dashboardName));
          notices.info("Opened dashboard \"" + dashboardName + "\"");
        },
        e -> {
          if (e instanceof NoSuchFileException) {
            remember(state.forget(dashboardName));
            notices.error(
                "Dashboard \""
                    + dashboardName
                    + "\" no longer exists ("
                    + files.path(dashboardName)
                    + ")");
          } else {
            notices.error(
                "Cannot open dashboard \""
                    + dashboardName
                    + "\": "
                    + e.getMessage()
                    + ". The workspace is unchanged and the file was left as it is.");
          }
        });
  }

  /** Saves under the current name, or asks for one. */
  public void save() {
    if (name.get().isEmpty()) {
      saveAs();
    } else {
      saveAs(name.get());
    }
  }

  /** Asks for a name (listing the taken ones in the background first), then saves. */
  public void saveAs() {
    tasks.run(
        files::list,
        existing ->
            Dialogs.ownedBy(new SaveAsDialog(name.get(), existing), owner)
                .showAndWait()
                .ifPresent(this::saveAs),
        e -> notices.error("Cannot list " + files.dir() + ": " + e.getMessage()));
  }

  /** Saves the window as dashboard {@code dashboardName}. */
  public void saveAs(String dashboardName) {
    Dashboard dashboard = binding.capture();
    tasks.run(
        () -> {
          files.write(dashboardName, dashboard);
          return dashboardName;
        },
        done -> {
          name.set(done);
          saved = dashboard;
          remember(state.used(done));
          notices.info("Saved dashboard \"" + done + "\" to " + files.path(done));
        },
        e -> notices.error("Cannot save dashboard \"" + dashboardName + "\": " + e.getMessage()));
  }

  private void chooseAndOpen() {
    tasks.run(
        files::list,
        names ->
            Dialogs.ownedBy(new OpenDashboardDialog(names, files.dir().toString()), owner)
                .showAndWait()
                .ifPresent(this::open),
        e -> notices.error("Cannot list " + files.dir() + ": " + e.getMessage()));
  }

  private boolean confirmDiscard() {
    if (!hasUnsavedChanges()) {
      return true;
    }
    String what = name.get().isEmpty() ? "the unsaved workspace" : "\"" + name.get() + "\"";
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Discard the changes to " + what + "?",
            ButtonType.OK,
            ButtonType.CANCEL);
    ask.setHeaderText(null);
    ask.getDialogPane().lookupButton(ButtonType.OK).setId("discardOk");
    return Dialogs.ownedBy(ask, owner).showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
  }

  private void rememberTheme(Theme newTheme) {
    if (state.theme() != newTheme) {
      remember(state.withTheme(newTheme));
    }
  }

  private void remember(AppState newState) {
    state = newState;
    updateRecentMenu();
    stateWrites.run(
        () -> {
          stateFile.write(newState);
          return newState;
        },
        written -> {},
        e -> notices.error("Cannot remember the open dashboard: " + e.getMessage()));
  }

  private void updateRecentMenu() {
    recentMenu.getItems().clear();
    for (String recent : state.recent()) {
      MenuItem item = new MenuItem(recent);
      item.setMnemonicParsing(false);
      item.setOnAction(e -> open(recent));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(state.recent().isEmpty());
  }

  private static MenuItem item(
      String text, String id, KeyCode key, boolean shift, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setAccelerator(
        shift
            ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
            : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(e -> action.run());
    return item;
  }
}
