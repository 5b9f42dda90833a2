package dev.charcoal.ui.export;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** What a pane exports to. */
public enum ExportFormat {
  /** graphite's render JSON: the pane's series over its time range. */
  JSON("json", "Graphite render JSON", KeyCode.J),
  /** graphite's render CSV. */
  CSV("csv", "Graphite render CSV", KeyCode.C),
  /** A picture of the pane: chart and legend. */
  PNG("png", "PNG image", KeyCode.P);

  private final String extension;
  private final String description;
  private final KeyCombination accelerator;

  ExportFormat(String extension, String description, KeyCode key) {
    this.extension = extension;
    this.description = description;
    // Shortcut+E and Shortcut+Shift+E belong to the editor and events.
    this.accelerator =
        new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
  }

  /** The menu bar's key for exporting the active pane: Shortcut+Alt+J, C or P. */
  public KeyCombination accelerator() {
    return accelerator;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** What the file chooser calls this kind of file. */
  public String description() {
    return description;
  }
}
