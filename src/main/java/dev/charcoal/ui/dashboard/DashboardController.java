package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.Notices;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.TimePresets;
import dev.charcoal.ui.time.TimeRange;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
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
 * workspace as it was and says why. Unsaved changes are tracked ({@link #modified()}), offered for
 * saving before the workspace is replaced or the window closes, and kept in a {@link RecoveryFile}
 * until then, which the next start shows again after a crash.
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
  private final RecoveryFile recovery;
  private final UnsavedChanges changes;
  private AppState state = AppState.INITIAL;

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
    this.recovery = new RecoveryFile(dataDir);
    this.changes = new UnsavedChanges(binding, name, recovery, tasks, notices);
    recentMenu.setId("recentMenu");
    updateRecentMenu();
  }

  /** The open dashboard's name, {@code ""} when it has not been saved yet. */
  public ReadOnlyStringProperty name() {
    return name.getReadOnlyProperty();
  }

  /**
   * Whether the window differs from the dashboard last opened or saved (checked a few times a
   * second; which view is shown does not count).
   */
  public ReadOnlyBooleanProperty modified() {
    return changes.modified();
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
   * Reads the remembered state: applies the theme, then shows the changes a crashed run left
   * unsaved, or else reopens the last dashboard. Call once when the window shows; until then the
   * window shows what it was started with.
   */
  public void start() {
    theme.addListener((obs, was, now) -> rememberTheme(now));
    changes.markSaved(binding.capture());
    changes.start();
    tasks.run(
        stateFile::read,
        read -> {
          state = read;
          updateRecentMenu();
          theme.set(read.theme());
          recoverOrReopen(read.last());
        },
        e -> {
          notices.error(e.getMessage());
          recoverOrReopen("");
        });
  }

  /** Shows the changes a crashed run left unsaved if there are any, else opens {@code last}. */
  private void recoverOrReopen(String last) {
    Runnable reopen =
        () -> {
          if (!last.isEmpty()) {
            open(last);
          }
        };
    tasks.run(
        this::readRecovery,
        recovered -> recovered.ifPresentOrElse(this::restore, reopen),
        e -> {
          notices.error(e.getMessage());
          reopen.run();
        });
  }

  /** Stops checking for changes (the window is gone). */
  public void stop() {
    changes.stop();
  }

  /** Whether the window differs from the dashboard last opened or saved. */
  public boolean hasUnsavedChanges() {
    return changes.check();
  }

  /**
   * Closes the window through {@code closeWindow}, once unsaved changes are saved or dropped; not
   * at all if the user cancels or the save fails (which says why).
   */
  public void close(Runnable closeWindow) {
    whenSettled(() -> changes.dropRecovery(closeWindow));
  }

  /** Replaces the workspace with one empty pane (once unsaved changes are saved or dropped). */
  public void newDashboard() {
    whenSettled(
        () -> {
          binding.apply(
              new Dashboard(
                  new TimeRange.Relative(TimePresets.DEFAULT_RANGE),
                  false,
                  TimePresets.DEFAULT_REFRESH,
                  new PaneLayout.Pane(List.of()),
                  List.of(),
                  0));
          name.set("");
          changes.markSaved(binding.capture());
        });
  }

  /** Opens dashboard {@code dashboardName} (once unsaved changes are saved or dropped). */
  public void open(String dashboardName) {
    whenSettled(() -> load(dashboardName));
  }

  private void load(String dashboardName) {
    tasks.run(
        () -> files.read(dashboardName),
        dashboard -> {
          binding.apply(dashboard);
          name.set(dashboardName);
          changes.markSaved(binding.capture());
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
    save(() -> {});
  }

  /** Asks for a name (listing the taken ones in the background first), then saves. */
  public void saveAs() {
    saveAs(() -> {});
  }

  /** Saves the window as dashboard {@code dashboardName}. */
  public void saveAs(String dashboardName) {
    write(dashboardName, () -> {});
  }

  private void save(Runnable then) {
    if (name.get().isEmpty()) {
      saveAs(then);
    } else {
      write(name.get(), then);
    }
  }

  private void saveAs(Runnable then) {
    tasks.run(
        files::list,
        existing ->
            Dialogs.ownedBy(new SaveAsDialog(name.get(), existing), owner)
                .showAndWait()
                .ifPresent(chosen -> write(chosen, then)),
        e -> notices.error("Cannot list " + files.dir() + ": " + e.getMessage()));
  }

  /** Saves the window as {@code dashboardName}, then runs {@code then} (not after a failure). */
  private void write(String dashboardName, Runnable then) {
    Dashboard dashboard = binding.capture();
    tasks.run(
        () -> {
          files.write(dashboardName, dashboard);
          return dashboardName;
        },
        done -> {
          name.set(done);
          changes.markSaved(dashboard);
          remember(state.used(done));
          notices.info("Saved dashboard \"" + done + "\" to " + files.path(done));
          then.run();
        },
        e -> notices.error("Cannot save dashboard \"" + dashboardName + "\": " + e.getMessage()));
  }

  /** The recovery file's content and the saved dashboard it changed (null if none is readable). */
  private record Recovered(RecoveryFile.Content content, Dashboard saved) {}

  private Optional<Recovered> readRecovery() throws IOException {
    Optional<RecoveryFile.Content> content = recovery.read();
    if (content.isEmpty()) {
      return Optional.empty();
    }
    Dashboard saved = null;
    if (!content.get().name().isEmpty()) {
      try {
        saved = files.read(content.get().name());
      } catch (IOException | DashboardFormatException | IllegalArgumentException e) {
        // gone or broken since: every change counts as unsaved
      }
    }
    return Optional.of(new Recovered(content.get(), saved));
  }

  /** Shows what a crashed run left unsaved, still unsaved. */
  private void restore(Recovered recovered) {
    String recoveredName = recovered.content().name();
    binding.apply(recovered.content().dashboard());
    name.set(recoveredName);
    changes.markSaved(recovered.saved());
    if (!recoveredName.isEmpty()) {
      remember(state.used(recoveredName));
    }
    notices.info(
        "Unsaved changes"
            + (recoveredName.isEmpty() ? "" : " to \"" + recoveredName + "\"")
            + " are back: the last run did not close cleanly.");
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

  /**
   * Runs {@code next} once the unsaved changes, if any, are saved (Save; a dashboard never saved
   * goes through Save As) or dropped (Don't Save); never when the user cancels, or the save is
   * cancelled or fails.
   */
  private void whenSettled(Runnable next) {
    if (!hasUnsavedChanges()) {
      next.run();
      return;
    }
    switch (SaveChangesDialog.ask(name.get(), owner)) {
      case SAVE -> save(next);
      case DISCARD -> next.run();
      case CANCEL -> {}
    }
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
