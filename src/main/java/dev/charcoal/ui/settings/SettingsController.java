package dev.charcoal.ui.settings;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.Notices;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Opens the settings: loads them from the backend in the background, shows the dialog, saves what
 * the user accepts through the backend, and says whether a restart is needed.
 */
public final class SettingsController {
  private final Backend backend;
  private final BackgroundTasks tasks;
  private final Notices notices;
  private final ObjectProperty<Theme> theme;
  private final Node owner;

  public SettingsController(
      Backend backend,
      BackgroundTasks tasks,
      Notices notices,
      ObjectProperty<Theme> theme,
      Node owner) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.notices = Objects.requireNonNull(notices, "notices");
    this.theme = Objects.requireNonNull(theme, "theme");
    this.owner = owner;
  }

  /** The "Settings…" menu item (Shortcut+Comma, as on most desktops). */
  public MenuItem menuItem() {
    MenuItem item = new MenuItem("Settings…");
    item.setId("openSettings");
    item.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(e -> open());
    return item;
  }

  /** Loads the settings and shows the dialog. */
  public void open() {
    tasks.run(
        backend::settings,
        this::show,
        e -> notices.error("Cannot read the settings: " + e.getMessage()));
  }

  private void show(Settings current) {
    Dialogs.ownedBy(new SettingsDialog(current, theme), owner)
        .showAndWait()
        .filter(edited -> !edited.equals(current))
        .ifPresent(edited -> save(current, edited));
  }

  private void save(Settings before, Settings after) {
    tasks.run(
        () -> {
          backend.saveSettings(after);
          return after;
        },
        saved -> notices.info("Settings saved. " + restartNote(before, saved)),
        e -> notices.error("Settings not saved: " + e.getMessage()));
  }

  /** What of a change waits for a restart. */
  static String restartNote(Settings before, Settings after) {
    boolean listeners = !before.listeners().equals(after.listeners());
    boolean statsd =
        !before.statsdFlush().equals(after.statsdFlush())
            || !before.percentiles().equals(after.percentiles());
    boolean rules =
        !before.schemas().equals(after.schemas())
            || !before.aggregation().equals(after.aggregation());
    if (!listeners && !statsd && !rules) {
      return "";
    }
    StringBuilder what = new StringBuilder();
    if (listeners) {
      what.append("the listeners");
    }
    if (statsd) {
      what.append(what.isEmpty() ? "" : rules ? ", " : " and ").append("StatsD");
    }
    if (rules) {
      what.append(what.isEmpty() ? "" : " and ").append("the storage rules");
    }
    return "Restart Charcoal to apply " + what + ".";
  }
}
